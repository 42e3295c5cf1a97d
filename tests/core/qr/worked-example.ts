// The worked example of docs/qr-format.md, computed: every stage of the one-line-item example permit's QR.
// tests/fixtures/qr/worked-example.json holds its output; worked-example.test.ts recomputes and compares.
// After an intended change (or an fflate upgrade that compresses differently), regenerate the fixture with
//   npx tsx --eval "import('./tests/core/qr/worked-example.ts').then(async (m) => console.log(JSON.stringify(
//     await m.computeWorkedExample(), null, 2)))" > tests/fixtures/qr/worked-example.json
// and copy the new bytes into the worked example of docs/qr-format.md.
import { zlibSync } from 'fflate';
import { toHex } from '../../../src/core/crypto/bytes.ts';
import { encodeBase45 } from '../../../src/core/crypto/base45.ts';
import { encodeCbor } from '../../../src/core/crypto/cbor.ts';
import { ed25519PublicKey } from '../../../src/core/crypto/ed25519.ts';
import { claimsToCborMap } from '../../../src/core/qr/claims-to-cbor.ts';
import { encodePermitQr, signPermitClaims } from '../../../src/core/qr/encode-permit-qr.ts';
import type { PermitClaims } from '../../../src/core/qr/permit-claims.ts';
import { claimsOf, oneLineItemPermit, SIGNER } from './qr-fixture.ts';

export interface WorkedExample {
  readonly seedHex: string;
  readonly publicKeyHex: string;
  readonly kidHex: string;
  readonly claims: PermitClaims;
  readonly claimsCborHex: string;
  readonly coseSign1Hex: string;
  readonly zlibHex: string;
  readonly base45: string;
  readonly qr: string;
}

export async function computeWorkedExample(): Promise<WorkedExample> {
  const claims = claimsOf(oneLineItemPermit());
  const cose = await signPermitClaims(claims, SIGNER);
  const compressed = zlibSync(cose, { level: 9 });
  return {
    seedHex: toHex(SIGNER.seed),
    publicKeyHex: toHex(await ed25519PublicKey(SIGNER.seed)),
    kidHex: toHex(SIGNER.kid),
    claims,
    claimsCborHex: toHex(encodeCbor(claimsToCborMap(claims))),
    coseSign1Hex: toHex(cose),
    zlibHex: toHex(compressed),
    base45: encodeBase45(compressed),
    qr: await encodePermitQr(claims, SIGNER),
  };
}
