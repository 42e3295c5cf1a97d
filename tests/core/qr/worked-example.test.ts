// The worked example in docs/qr-format.md cannot drift: it is recomputed here, compared with its fixture, found
// verbatim in the document, and read back by a verifier built from Node's own zlib and Ed25519 alone.
import { createPublicKey, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeBase45 } from '../../../src/core/crypto/base45.ts';
import { fromHex, toHex } from '../../../src/core/crypto/bytes.ts';
import { decodePermitQr } from '../../../src/core/qr/decode-permit-qr.ts';
import { verifyPermitQrSignature } from '../../../src/core/qr/verify-permit-qr-signature.ts';
import { computeWorkedExample, type WorkedExample } from './worked-example.ts';

const fixtureUrl = new URL('../../fixtures/qr/worked-example.json', import.meta.url);
const fixture = JSON.parse(readFileSync(fixtureUrl, 'utf8')) as WorkedExample;
const documentText = readFileSync(new URL('../../../docs/qr-format.md', import.meta.url), 'utf8');

/** The document wraps long hex and Base45 over several lines: compare without the line breaks. */
const documentJoined = documentText.replace(/\n/g, '');

describe('the worked example of docs/qr-format.md', () => {
  it('is what the code computes today (regenerate the fixture and the document together if this fails)', async () => {
    expect(await computeWorkedExample()).toEqual(fixture);
  });

  it.each(['publicKeyHex', 'kidHex', 'claimsCborHex', 'coseSign1Hex', 'zlibHex', 'qr'] as const)('appears in the document: %s', (field) => {
    expect(documentJoined).toContain(fixture[field]);
  });

  it('decodes and verifies with the Hornbill decoder', async () => {
    const decoded = decodePermitQr(fixture.qr);
    if (!decoded.ok) throw new Error(decoded.error.detail);
    expect(decoded.value.claims).toEqual(fixture.claims);
    expect(toHex(decoded.value.kid)).toBe(fixture.kidHex);
    expect(await verifyPermitQrSignature(decoded.value, fromHex(fixture.publicKeyHex))).toBe(true);
  });

  it('verifies with Node’s zlib and Ed25519, following the document step by step', () => {
    const compressed = decodeBase45(fixture.qr.slice('HB1:'.length));
    expect(toHex(compressed)).toBe(fixture.zlibHex);
    const cose = new Uint8Array(inflateSync(compressed));
    expect(toHex(cose)).toBe(fixture.coseSign1Hex);
    // The layout the document gives: d2 84 | 43 a10127 | a1 04 48 kid | 58 len payload | 58 40 signature.
    const payloadLength = fixture.claimsCborHex.length / 2;
    const payload = cose.subarray(19, 19 + payloadLength);
    const signature = cose.subarray(cose.length - 64);
    expect(toHex(cose.subarray(0, 19))).toBe(`d28443a10127a10448${fixture.kidHex}58${payloadLength.toString(16)}`);
    expect(toHex(payload)).toBe(fixture.claimsCborHex);
    // Sig_structure ["Signature1", h'a10127', h'', payload], written out by hand.
    const toBeSigned = Buffer.concat([Buffer.from(`846a5369676e61747572653143a101274058${payloadLength.toString(16)}`, 'hex'), payload]);
    const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(fixture.publicKeyHex, 'hex').toString('base64url') }, format: 'jwk' });
    expect(verify(null, toBeSigned, publicKey, signature)).toBe(true);
  });
});
