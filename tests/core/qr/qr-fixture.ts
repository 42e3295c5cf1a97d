// Shared material for the permit QR tests: a fixed signer, the example permit cut to one line item, and the
// helpers that wrap hand-made COSE or CBOR in the outer layers, to craft QR strings that break one layer.
import { zlibSync } from 'fflate';
import { encodeBase45 } from '../../../src/core/crypto/base45.ts';
import { encodeCbor } from '../../../src/core/crypto/cbor.ts';
import { COSE_ALG_EDDSA, COSE_HEADER_ALG, COSE_HEADER_KID, signCoseSign1 } from '../../../src/core/crypto/cose-sign1.ts';
import { fromHex } from '../../../src/core/crypto/bytes.ts';
import type { Permit } from '../../../src/core/permit/model/permit.ts';
import { permitClaimsFromPermit } from '../../../src/core/qr/claims-from-permit.ts';
import type { PermitClaims } from '../../../src/core/qr/permit-claims.ts';
import { PERMIT_QR_PREFIX } from '../../../src/core/qr/prefix-stage.ts';
import { validExport } from '../permit/permit-fixture.ts';

/** The worked example's signer (docs/qr-format.md): seed 0x01…0x20; the kid is an example value. */
export const SIGNER = { seed: Uint8Array.from({ length: 32 }, (_, i) => i + 1), kid: fromHex('a1b2c3d4e5f60718') };

/** The example export permit with its first line item only: the one-line-item case of the size budget. */
export function oneLineItemPermit(): Permit {
  const permit = validExport();
  return { ...permit, lineItems: permit.lineItems.slice(0, 1) };
}

export function claimsOf(permit: Permit): PermitClaims {
  const claims = permitClaimsFromPermit(permit);
  if (!claims.ok) throw new Error(claims.error.detail);
  return claims.value;
}

/** zlib → Base45 → prefix around any bytes, as encodePermitQr does around the COSE_Sign1. */
export function wrapAsQr(coseBytes: Uint8Array): string {
  return PERMIT_QR_PREFIX + encodeBase45(zlibSync(coseBytes, { level: 9 }));
}

/** A correctly signed Hornbill COSE_Sign1 around any payload bytes. */
export function signPayload(payload: Uint8Array): Promise<Uint8Array> {
  return signCoseSign1({
    protectedHeader: new Map([[COSE_HEADER_ALG, COSE_ALG_EDDSA]]),
    unprotectedHeader: new Map([[COSE_HEADER_KID, SIGNER.kid]]),
    payload,
    seed: SIGNER.seed,
  });
}

/** A signed QR over any CBOR value as the claims. */
export async function qrOverCborValue(value: unknown): Promise<string> {
  return wrapAsQr(await signPayload(encodeCbor(value)));
}
