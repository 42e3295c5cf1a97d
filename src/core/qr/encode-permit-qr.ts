// claims → CBOR → COSE_Sign1 (EdDSA) → zlib → Base45 → "HB1:" (docs/qr-format.md).
import { zlibSync } from 'fflate';
import { encodeBase45 } from '../crypto/base45.ts';
import { encodeCbor } from '../crypto/cbor.ts';
import { COSE_ALG_EDDSA, COSE_HEADER_ALG, COSE_HEADER_KID, signCoseSign1 } from '../crypto/cose-sign1.ts';
import { KID_LENGTH } from '../trust/schemas.ts';
import { permitClaimsFromCbor } from './claims-from-cbor.ts';
import { claimsToCborMap } from './claims-to-cbor.ts';
import type { PermitClaims } from './permit-claims.ts';
import { PERMIT_QR_PREFIX } from './prefix-stage.ts';

export interface PermitQrSigner {
  /** The signer's 32-byte Ed25519 seed. */
  readonly seed: Uint8Array;
  /** The kid of the signer's key certificate (DESIGN §4). */
  readonly kid: Uint8Array;
}

/** The signed COSE_Sign1 bytes, before compression. Throws for claims no verifier would accept (a caller's bug). */
export async function signPermitClaims(claims: PermitClaims, signer: PermitQrSigner): Promise<Uint8Array> {
  if (signer.kid.length !== KID_LENGTH) throw new Error(`permit QR: the kid must be ${KID_LENGTH} bytes, got ${signer.kid.length}`);
  const claimsMap = claimsToCborMap(claims);
  const checked = permitClaimsFromCbor(claimsMap);
  if (!checked.ok) throw new Error(`permit QR: the claims would not decode: ${checked.error.detail}`);
  return signCoseSign1({
    protectedHeader: new Map([[COSE_HEADER_ALG, COSE_ALG_EDDSA]]),
    unprotectedHeader: new Map([[COSE_HEADER_KID, signer.kid]]),
    payload: encodeCbor(claimsMap),
    seed: signer.seed,
  });
}

export async function encodePermitQr(claims: PermitClaims, signer: PermitQrSigner): Promise<string> {
  return PERMIT_QR_PREFIX + encodeBase45(zlibSync(await signPermitClaims(claims, signer), { level: 9 }));
}
