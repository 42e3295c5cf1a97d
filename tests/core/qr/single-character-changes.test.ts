// Exhaustive: every character of the worked example's QR replaced by every other Base45 character. Each of
// those strings must be refused by decoding or fail the signature check; none may read as a valid permit QR.
// (This is what the strict zlib stage is for: fflate and zlib ignore the padding bits after the last block.)
import { describe, expect, it } from 'vitest';
import { ed25519PublicKey } from '../../../src/core/crypto/ed25519.ts';
import { decodePermitQr } from '../../../src/core/qr/decode-permit-qr.ts';
import { encodePermitQr } from '../../../src/core/qr/encode-permit-qr.ts';
import { verifyPermitQrSignature } from '../../../src/core/qr/verify-permit-qr-signature.ts';
import { claimsOf, oneLineItemPermit, SIGNER } from './qr-fixture.ts';

const BASE45_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

describe('single-character changes to a valid permit QR', () => {
  it('are all refused, at every position and with every other Base45 character', { timeout: 60_000 }, async () => {
    const qr = await encodePermitQr(claimsOf(oneLineItemPermit()), SIGNER);
    const publicKey = await ed25519PublicKey(SIGNER.seed);
    const refusedAt = new Map<string, number>();
    const accepted: string[] = [];
    let tried = 0;
    for (let position = 0; position < qr.length; position++) {
      for (const replacement of BASE45_ALPHABET) {
        if (replacement === qr[position]) continue;
        tried++;
        const changed = qr.slice(0, position) + replacement + qr.slice(position + 1);
        const decoded = decodePermitQr(changed);
        const outcome = decoded.ok ? ((await verifyPermitQrSignature(decoded.value, publicKey)) ? 'accepted' : 'signature') : decoded.error.code;
        if (outcome === 'accepted') accepted.push(`position ${position}: ${replacement}`);
        refusedAt.set(outcome, (refusedAt.get(outcome) ?? 0) + 1);
      }
    }
    expect(accepted).toEqual([]);
    expect(tried).toBe(qr.length * (BASE45_ALPHABET.length - 1));
    // Changes break the prefix, Base45 or zlib layer (the Adler-32 catches the rest); fflate's unzlibSync, which
    // checks neither the trailer nor the padding bits, returns the unchanged COSE_Sign1 for 415 of these strings.
    expect([...refusedAt.keys()].sort()).toEqual(expect.arrayContaining(['qr.prefix', 'qr.base45', 'qr.zlib']));
  });
});
