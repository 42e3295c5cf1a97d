// Reads a permit QR's text down to its claims without checking the signature: what support staff need to see
// what a QR says and where it is broken. Whether to trust it is the verdict's business (verifyPermitQr:
// trust list, signature, key validity at issue, status list).
import type { DecodedCoseSign1 } from '../crypto/cose-sign1.ts';
import { success, type Result } from '../permit/result.ts';
import { decodeQrBase45 } from './base45-stage.ts';
import { decodeQrCbor } from './cbor-stage.ts';
import { permitClaimsFromCbor } from './claims-from-cbor.ts';
import { checkPermitQrCoseProfile, decodeQrCose } from './cose-stage.ts';
import type { PermitClaims } from './permit-claims.ts';
import type { PermitQrError } from './permit-qr-error.ts';
import { stripQrPrefix } from './prefix-stage.ts';
import { inflateQrZlib } from './zlib-stage.ts';

export interface DecodedPermitQr {
  readonly claims: PermitClaims;
  readonly kid: Uint8Array;
  readonly cose: DecodedCoseSign1;
}

export function decodePermitQr(text: string): Result<DecodedPermitQr, PermitQrError> {
  const base45 = stripQrPrefix(text);
  if (!base45.ok) return base45;
  const compressed = decodeQrBase45(base45.value);
  if (!compressed.ok) return compressed;
  const coseBytes = inflateQrZlib(compressed.value);
  if (!coseBytes.ok) return coseBytes;
  const cose = decodeQrCose(coseBytes.value);
  if (!cose.ok) return cose;
  const kid = checkPermitQrCoseProfile(cose.value);
  if (!kid.ok) return kid;
  const payload = decodeQrCbor(cose.value.payload);
  if (!payload.ok) return payload;
  const claims = permitClaimsFromCbor(payload.value);
  if (!claims.ok) return claims;
  return success({ claims: claims.value, kid: kid.value, cose: cose.value });
}
