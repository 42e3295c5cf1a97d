// The signature check alone, against a public key the caller already chose. Finding that key from the kid
// in the trust lists, its validity at the issue date and the status list are the verdict's (verifyPermitQr).
import { verifyCoseSign1 } from '../crypto/cose-sign1.ts';
import type { DecodedPermitQr } from './decode-permit-qr.ts';

/** decodePermitQr has already held the headers to EdDSA with no crit, so this returns false rather than throws. */
export function verifyPermitQrSignature(decoded: DecodedPermitQr, publicKey: Uint8Array): Promise<boolean> {
  return verifyCoseSign1(decoded.cose, publicKey);
}
