// The Base45 layer (RFC 9285). The length is bounded first: no QR code holds more than 4,296 alphanumeric
// characters (version 40, level L), so longer text did not come from one and is not decoded at all.
import { decodeBase45 } from '../crypto/base45.ts';
import { failure, success, type Result } from '../permit/result.ts';
import { permitQrError, type PermitQrError } from './permit-qr-error.ts';

export const MAX_QR_ALPHANUMERIC_CHARACTERS = 4_296;

export function decodeQrBase45(text: string): Result<Uint8Array, PermitQrError> {
  if (text.length > MAX_QR_ALPHANUMERIC_CHARACTERS) {
    return failure(permitQrError('qr.base45', `${text.length} characters, more than any QR code holds (${MAX_QR_ALPHANUMERIC_CHARACTERS})`));
  }
  try {
    return success(decodeBase45(text));
  } catch (error) {
    return failure(permitQrError('qr.base45', error instanceof Error ? error.message : String(error)));
  }
}
