// The payload's CBOR layer: exactly one well-formed data item with definite lengths, no duplicate map keys, no
// undefined and no tags. Deterministic encoding is what Hornbill writes but not required of other issuers:
// the signature already fixes the bytes, so a second encoding of the same claims gains an attacker nothing.
import { decodeCbor } from '../crypto/cbor.ts';
import { failure, success, type Result } from '../permit/result.ts';
import { permitQrError, type PermitQrError } from './permit-qr-error.ts';

export function decodeQrCbor(bytes: Uint8Array): Result<unknown, PermitQrError> {
  try {
    return success(decodeCbor(bytes));
  } catch (error) {
    return failure(permitQrError('qr.cbor', error instanceof Error ? error.message : String(error)));
  }
}
