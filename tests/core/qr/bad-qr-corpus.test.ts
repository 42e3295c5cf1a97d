// Crafted bad QR strings, each refused with the code of the layer it breaks. The DCC vectors add real-world
// cases for the outer layers (dcc-vectors.test.ts).
import { unzlibSync, zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { encodeBase45 } from '../../../src/core/crypto/base45.ts';
import { toHex } from '../../../src/core/crypto/bytes.ts';
import { encodeCbor, CborTagged } from '../../../src/core/crypto/cbor.ts';
import { COSE_SIGN1_TAG, decodeCoseSign1 } from '../../../src/core/crypto/cose-sign1.ts';
import { ed25519PublicKey } from '../../../src/core/crypto/ed25519.ts';
import { CLAIM_KEY, LINE_ITEM_KEY } from '../../../src/core/qr/claim-keys.ts';
import { claimsToCborMap } from '../../../src/core/qr/claims-to-cbor.ts';
import { decodePermitQr } from '../../../src/core/qr/decode-permit-qr.ts';
import { encodePermitQr, signPermitClaims } from '../../../src/core/qr/encode-permit-qr.ts';
import { inflateRaw } from '../../../src/core/qr/inflate-raw.ts';
import type { PermitQrErrorCode } from '../../../src/core/qr/permit-qr-error.ts';
import { verifyPermitQrSignature } from '../../../src/core/qr/verify-permit-qr-signature.ts';
import { PERMIT_QR_MAX_INFLATED_BYTES } from '../../../src/core/qr/zlib-stage.ts';
import { claimsOf, oneLineItemPermit, qrOverCborValue, SIGNER, signPayload, wrapAsQr } from './qr-fixture.ts';

const claims = claimsOf(oneLineItemPermit());
const validQr = await encodePermitQr(claims, SIGNER);
const cose = await signPermitClaims(claims, SIGNER);
const compressed = zlibSync(cose, { level: 9 });

function withClaims(change: (map: Map<number, unknown>) => void): Promise<string> {
  const map = claimsToCborMap(claims);
  change(map);
  return qrOverCborValue(map);
}

function withLineItem(change: (item: Map<number, unknown>) => void): Promise<string> {
  return withClaims((map) => {
    const item = new Map([...((map.get(CLAIM_KEY.lineItems) as Map<number, unknown>[])[0] ?? [])]);
    change(item);
    map.set(CLAIM_KEY.lineItems, [item]);
  });
}

function coseWith(protectedHeader: Map<number, unknown>, unprotectedHeader: Map<number, unknown>, signatureLength = 64): string {
  const message = [encodeCbor(protectedHeader), unprotectedHeader, encodeCbor(claimsToCborMap(claims)), new Uint8Array(signatureLength)];
  return wrapAsQr(encodeCbor(new CborTagged(COSE_SIGN1_TAG, message)));
}

const withPrefix = (bytes: Uint8Array) => `HB1:${encodeBase45(bytes)}`;
const zlibTrailerless = compressed.subarray(0, compressed.length - 4);
const lastDeflateByte = compressed.length - 5;

const corpus: [string, string | Promise<string>, PermitQrErrorCode][] = [
  ['no prefix', validQr.slice(4), 'qr.prefix'],
  ['the DCC prefix', `HC1:${validQr.slice(4)}`, 'qr.prefix'],
  ['a lower-case prefix', `hb1:${validQr.slice(4)}`, 'qr.prefix'],
  ['a future version', `HB2:${validQr.slice(4)}`, 'qr.prefix'],
  ['the empty string', '', 'qr.prefix'],
  ['a lower-case letter (not Base45)', `${validQr.slice(0, 10)}a${validQr.slice(11)}`, 'qr.base45'],
  // Whole triples of the valid text and one character more, whatever the valid text's length.
  ['a length of 3n+1', `${validQr.slice(0, 4 + 3 * Math.floor((validQr.length - 4) / 3))}0`, 'qr.base45'],
  ['a triple above 65535 (ZZZ)', `HB1:ZZZ${validQr.slice(7)}`, 'qr.base45'],
  ['text longer than any QR code', `HB1:${'0'.repeat(4_297)}`, 'qr.base45'],
  ['truncated zlib', withPrefix(compressed.subarray(0, compressed.length - 20)), 'qr.zlib'],
  ['no zlib at all (the bare COSE_Sign1)', withPrefix(cose), 'qr.zlib'],
  ['a wrong Adler-32', withPrefix(Uint8Array.from([...zlibTrailerless, 0, 0, 0, 0])), 'qr.zlib'],
  ['a byte between the DEFLATE data and the trailer', withPrefix(Uint8Array.from([...zlibTrailerless, 0, ...compressed.subarray(-4)])), 'qr.zlib'],
  ['a preset-dictionary flag', withPrefix(Uint8Array.from([0x78, 0xbb, ...compressed.subarray(2)])), 'qr.zlib'],
  ['a zip bomb (1 MB of zeros in about 1 KB)', withPrefix(zlibSync(new Uint8Array(1_000_000), { level: 9 })), 'qr.zlib'],
  ['not COSE (a bare CBOR map)', wrapAsQr(encodeCbor(claimsToCborMap(claims))), 'qr.cose'],
  ['a COSE_Sign1 array of 3 items', wrapAsQr(encodeCbor(new CborTagged(COSE_SIGN1_TAG, [new Uint8Array(0), new Map(), new Uint8Array(0)]))), 'qr.cose'],
  ['another tag (COSE_Sign, 98)', wrapAsQr(encodeCbor(new CborTagged(98, [new Uint8Array(0), new Map(), new Uint8Array(0), []]))), 'qr.cose'],
  ['alg ES256 (-7)', coseWith(new Map([[1, -7]]), new Map([[4, SIGNER.kid]])), 'qr.cose'],
  ['no alg', coseWith(new Map(), new Map([[4, SIGNER.kid]])), 'qr.cose'],
  ['a crit header beside alg', coseWith(new Map<number, unknown>([[1, -8], [2, [4]]]), new Map([[4, SIGNER.kid]])), 'qr.cose'],
  ['no kid', coseWith(new Map([[1, -8]]), new Map()), 'qr.cose'],
  ['a 7-byte kid', coseWith(new Map([[1, -8]]), new Map([[4, SIGNER.kid.subarray(1)]])), 'qr.cose'],
  ['a kid in the protected header too', coseWith(new Map<number, unknown>([[1, -8], [4, SIGNER.kid]]), new Map([[4, SIGNER.kid]])), 'qr.cose'],
  ['a 63-byte signature', coseWith(new Map([[1, -8]]), new Map([[4, SIGNER.kid]]), 63), 'qr.cose'],
  ['a payload that is not CBOR', signPayload(Uint8Array.of(0xff)).then(wrapAsQr), 'qr.cbor'],
  ['a payload with a trailing byte', signPayload(Uint8Array.from([...encodeCbor(claimsToCborMap(claims)), 0])).then(wrapAsQr), 'qr.cbor'],
  ['an indefinite-length payload map', signPayload(Uint8Array.of(0xbf, 0x01, 0x02, 0xff)).then(wrapAsQr), 'qr.cbor'],
  ['a tagged date in the payload', signPayload(Uint8Array.of(0xa1, 0x05, 0xc1, 0x00)).then(wrapAsQr), 'qr.cbor'],
  ['claims that are an array', qrOverCborValue([1, 2, 3]), 'qr.claims'],
  ['claims with text keys (DCC style)', qrOverCborValue({ number: claims.number }), 'qr.claims'],
  ['an unknown claim key (99)', withClaims((map) => map.set(99, 'extra')), 'qr.claims'],
  ['an unknown line-item key (8)', withLineItem((item) => item.set(8, 1)), 'qr.claims'],
  ['no permit number', withClaims((map) => map.delete(CLAIM_KEY.number)), 'qr.claims'],
  ['no line items', withClaims((map) => map.delete(CLAIM_KEY.lineItems)), 'qr.claims'],
  ['no permit id', withClaims((map) => map.delete(CLAIM_KEY.permitId)), 'qr.claims'],
  ['a permit id of 15 bytes', withClaims((map) => map.set(CLAIM_KEY.permitId, new Uint8Array(15).fill(0x42))), 'qr.claims'],
  ['a permit id as text', withClaims((map) => map.set(CLAIM_KEY.permitId, '3f0c6a8e-2b1d-4c7a-9e5f-1a2b3c4d5e6f')), 'qr.claims'],
  ['a permit id of 16 bytes that are no UUID (version 1, variant 1)', withClaims((map) => map.set(CLAIM_KEY.permitId, new Uint8Array(16).fill(0x11))), 'qr.claims'],
  ['an empty line-item list', withClaims((map) => map.set(CLAIM_KEY.lineItems, [])), 'qr.claims'],
  ['a permit number with a wrong check character', withClaims((map) => map.set(CLAIM_KEY.number, 'KE26-T3F-00042-P')), 'qr.claims'],
  ['document type 9 (beyond "other")', withClaims((map) => map.set(CLAIM_KEY.documentType, 9)), 'qr.claims'],
  ['document type "other" without its description', withClaims((map) => map.set(CLAIM_KEY.documentType, 8)), 'qr.claims'],
  ['a description for a named document type', withClaims((map) => map.set(CLAIM_KEY.otherDocumentDescription, 'label')), 'qr.claims'],
  ['an issuing Party that is not a CITES Party', withClaims((map) => map.set(CLAIM_KEY.issuingParty, 'XX')), 'qr.claims'],
  ['a date as text', withClaims((map) => map.set(CLAIM_KEY.validUntil, '2027-05-19')), 'qr.claims'],
  ['a negative date', withClaims((map) => map.set(CLAIM_KEY.issueDate, -1)), 'qr.claims'],
  ['an importer without a country', withClaims((map) => map.set(CLAIM_KEY.importer, ['Vogelpark Leipzig GmbH'])), 'qr.claims'],
  ['an unknown purpose code', withClaims((map) => map.set(CLAIM_KEY.purpose, 'K')), 'qr.claims'],
  ['an empty security stamp', withClaims((map) => map.set(CLAIM_KEY.securityStamp, '')), 'qr.claims'],
  ['appendix 4', withLineItem((item) => item.set(LINE_ITEM_KEY.appendix, 4)), 'qr.claims'],
  ['appendix as "II"', withLineItem((item) => item.set(LINE_ITEM_KEY.appendix, 'II')), 'qr.claims'],
  ['a zero quantity', withLineItem((item) => item.set(LINE_ITEM_KEY.quantity, 0)), 'qr.claims'],
  ['unit NAR (number of specimens is the absent unit)', withLineItem((item) => item.set(LINE_ITEM_KEY.unit, 'NAR')), 'qr.claims'],
  ['a taxon id of 0', withLineItem((item) => item.set(LINE_ITEM_KEY.taxonId, 0)), 'qr.claims'],
  ['no scientific name', withLineItem((item) => item.delete(LINE_ITEM_KEY.scientificName)), 'qr.claims'],
];

describe('bad permit QR strings', () => {
  it.each(corpus)('%s → %s', async (_label, qr, code) => {
    const decoded = decodePermitQr(await qr);
    expect(decoded.ok ? 'decoded' : decoded.error.code).toBe(code);
  });

  it('says a malformed permit id is key 12’s fault', async () => {
    const decoded = decodePermitQr(await withClaims((map) => map.set(CLAIM_KEY.permitId, new Uint8Array(17))));
    expect(decoded.ok ? '' : decoded.error.detail).toBe('permit id (key 12) must be a byte string of 16 bytes holding a UUID');
  });

  it('says which limit a zip bomb broke, in a message in the three languages', () => {
    const decoded = decodePermitQr(withPrefix(zlibSync(new Uint8Array(1_000_000), { level: 9 })));
    if (decoded.ok) throw new Error('a zip bomb decoded');
    expect(decoded.error.detail).toBe(`zlib: DEFLATE: the output exceeds ${PERMIT_QR_MAX_INFLATED_BYTES} bytes`);
    expect(Object.keys(decoded.error.message)).toEqual(['en', 'fr', 'es']);
  });

  it('refuses a set padding bit after the last DEFLATE block, which fflate ignores', () => {
    const { endBit } = inflateRaw(compressed.subarray(2, -4), PERMIT_QR_MAX_INFLATED_BYTES);
    expect(endBit % 8).not.toBe(0); // the example's last DEFLATE byte has unused bits
    const bytes = Uint8Array.from(compressed);
    bytes[lastDeflateByte] = (bytes[lastDeflateByte] ?? 0) | 0x80;
    expect(toHex(unzlibSync(bytes))).toBe(toHex(cose));
    const decoded = decodePermitQr(withPrefix(bytes));
    expect(decoded.ok ? 'decoded' : decoded.error.detail).toBe('zlib: the unused bits after the last DEFLATE block are not zero');
  });

  it('decodes a valid signature over other claims, which the signature check then refuses', async () => {
    const otherClaims = { ...claims, lineItems: claims.lineItems.map((item) => ({ ...item, quantity: 40 })) };
    const signed = decodeCoseSign1(cose);
    const forged = [signed.protectedBytes, signed.unprotectedHeader, encodeCbor(claimsToCborMap(otherClaims)), signed.signature];
    const decoded = decodePermitQr(wrapAsQr(encodeCbor(new CborTagged(COSE_SIGN1_TAG, forged))));
    if (!decoded.ok) throw new Error(`${decoded.error.code}: ${decoded.error.detail}`);
    expect(decoded.value.claims).toEqual(otherClaims);
    expect(await verifyPermitQrSignature(decoded.value, await ed25519PublicKey(SIGNER.seed))).toBe(false);
  });

  it('refuses the signature under another key', async () => {
    const decoded = decodePermitQr(validQr);
    if (!decoded.ok) throw new Error(decoded.error.detail);
    expect(await verifyPermitQrSignature(decoded.value, await ed25519PublicKey(new Uint8Array(32).fill(7)))).toBe(false);
  });
});
