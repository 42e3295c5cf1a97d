// The COSE_Sign1 layer, in two steps: the structure (any COSE_Sign1, so that the EU DCC vectors can test it)
// and the Hornbill profile (protected header exactly {1: -8}, EdDSA; unprotected header exactly {4: kid},
// an 8-byte kid as in DESIGN §4).
import { COSE_ALG_EDDSA, COSE_HEADER_ALG, COSE_HEADER_KID, decodeCoseSign1, type DecodedCoseSign1 } from '../crypto/cose-sign1.ts';
import { ED25519_SIGNATURE_LENGTH } from '../crypto/ed25519.ts';
import { failure, success, type Result } from '../permit/result.ts';
import { KID_LENGTH } from '../trust/schemas.ts';
import { permitQrError, type PermitQrError } from './permit-qr-error.ts';

export function decodeQrCose(bytes: Uint8Array): Result<DecodedCoseSign1, PermitQrError> {
  try {
    return success(decodeCoseSign1(bytes));
  } catch (error) {
    return failure(permitQrError('qr.cose', error instanceof Error ? error.message : String(error)));
  }
}

/** The kid, once the headers and signature have the one shape a Hornbill permit QR allows. */
export function checkPermitQrCoseProfile(cose: DecodedCoseSign1): Result<Uint8Array, PermitQrError> {
  const refuse = (detail: string) => failure(permitQrError('qr.cose', `COSE_Sign1: ${detail}`));
  const alg = cose.protectedHeader.get(COSE_HEADER_ALG);
  if (alg !== COSE_ALG_EDDSA) return refuse(`protected alg is ${alg === undefined ? 'absent' : String(alg)}, a permit QR uses EdDSA (${COSE_ALG_EDDSA})`);
  if (cose.protectedHeader.size !== 1) return refuse('the protected header must hold alg only');
  const kid = cose.unprotectedHeader.get(COSE_HEADER_KID);
  if (!(kid instanceof Uint8Array) || kid.length !== KID_LENGTH) return refuse(`the unprotected header must hold a ${KID_LENGTH}-byte kid (label ${COSE_HEADER_KID})`);
  if (cose.unprotectedHeader.size !== 1) return refuse('the unprotected header must hold the kid only');
  if (cose.signature.length !== ED25519_SIGNATURE_LENGTH) return refuse(`the signature has ${cose.signature.length} bytes, Ed25519 has ${ED25519_SIGNATURE_LENGTH}`);
  return success(kid);
}
