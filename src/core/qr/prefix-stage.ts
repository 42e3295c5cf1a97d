// The context prefix in front of the Base45 text: "HB1:" for version 1 of the Hornbill permit QR. The
// stage takes the prefix as a parameter so that the EU DCC vectors ("HC1:") exercise the same code.
import { failure, success, type Result } from '../permit/result.ts';
import { permitQrError, type PermitQrError } from './permit-qr-error.ts';

export const PERMIT_QR_PREFIX = 'HB1:';

/** Case-sensitive, as QR alphanumeric mode has only upper case: "hb1:" is not a scanner's reading of a Hornbill QR. */
export function stripQrPrefix(text: string, prefix: string = PERMIT_QR_PREFIX): Result<string, PermitQrError> {
  if (!text.startsWith(prefix)) {
    return failure(permitQrError('qr.prefix', `expected the prefix ${JSON.stringify(prefix)}, found ${JSON.stringify(text.slice(0, prefix.length))}`));
  }
  return success(text.slice(prefix.length));
}
