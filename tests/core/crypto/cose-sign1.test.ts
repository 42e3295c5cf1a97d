import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fromHex, toHex, utf8ToBytes } from '../../../src/core/crypto/bytes.ts';
import { encodeCbor } from '../../../src/core/crypto/cbor.ts';
import {
  COSE_ALG_EDDSA,
  COSE_HEADER_ALG,
  COSE_HEADER_CRIT,
  COSE_HEADER_KID,
  decodeCoseSign1,
  signCoseSign1,
  verifyCoseSign1,
} from '../../../src/core/crypto/cose-sign1.ts';
import { ed25519PublicKey } from '../../../src/core/crypto/ed25519.ts';

interface CoseExample {
  title: string;
  input: { plaintext: string; sign0: { key: { x_hex?: string; d_hex?: string; crv: string } } };
  output: { cbor: string };
}

function readExample(path: string): CoseExample {
  return JSON.parse(readFileSync(new URL(`../../vectors/cose/${path}`, import.meta.url), 'utf8')) as CoseExample;
}

function keyHex(example: CoseExample, part: 'x_hex' | 'd_hex'): Uint8Array {
  const hex = example.input.sign0.key[part];
  if (hex === undefined) throw new Error(`${example.title} has no ${part}`);
  return fromHex(hex);
}

function replaceHex(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const hex = toHex(bytes);
  if (!hex.includes(from)) throw new Error(`test setup: ${from} not found`);
  return fromHex(hex.replace(from, to));
}

describe('COSE WG EdDSA examples', () => {
  const sig01 = readExample('eddsa-examples/eddsa-sig-01.json');
  const sig02 = readExample('eddsa-examples/eddsa-sig-02.json');
  const content = utf8ToBytes('This is the content.');

  it('eddsa-sig-01 (Ed25519, RFC 8032 TEST 1 key) decodes and verifies', async () => {
    const decoded = decodeCoseSign1(fromHex(sig01.output.cbor));
    expect(decoded.protectedHeader).toEqual(new Map([[COSE_HEADER_ALG, COSE_ALG_EDDSA], [3, 0]]));
    expect(decoded.unprotectedHeader).toEqual(new Map([[COSE_HEADER_KID, utf8ToBytes('11')]]));
    expect(toHex(decoded.payload)).toBe(toHex(content));
    expect(await verifyCoseSign1(decoded, keyHex(sig01, 'x_hex'))).toBe(true);
  });

  it('eddsa-sig-01: signing reproduces the example byte for byte (Ed25519 is deterministic)', async () => {
    const signed = await signCoseSign1({
      protectedHeader: new Map([[COSE_HEADER_ALG, COSE_ALG_EDDSA], [3, 0]]),
      unprotectedHeader: new Map([[COSE_HEADER_KID, utf8ToBytes('11')]]),
      payload: content,
      seed: keyHex(sig01, 'd_hex'),
    });
    expect(toHex(signed)).toBe(sig01.output.cbor.toLowerCase());
  });

  it('eddsa-sig-02 is Ed448 (also alg -8): it decodes, but this Ed25519-only verifier answers false', async () => {
    expect(sig02.input.sign0.key.crv).toBe('Ed448');
    const decoded = decodeCoseSign1(fromHex(sig02.output.cbor));
    expect(decoded.protectedHeader).toEqual(new Map([[COSE_HEADER_ALG, COSE_ALG_EDDSA]]));
    expect(decoded.unprotectedHeader).toEqual(new Map([[COSE_HEADER_KID, utf8ToBytes('ed448')]]));
    expect(decoded.signature.length).toBe(114);
    expect(await verifyCoseSign1(decoded, keyHex(sig02, 'x_hex'))).toBe(false);
  });
});

// Every sign1-tests case is signed with ES256 (P-256), which Hornbill does not implement, so no signature here is
// checked: the cases exercise the structure (tag, untagged form, protected-header encoding) and the alg refusal.
// sign-pass-02 (external AAD), sign-fail-02 (changed payload), -06 and -07 (added/removed protected attribute)
// are ES256 signature checks only: they decode, and verification refuses their alg -7.
describe('COSE WG sign1-tests (all ES256)', () => {
  const read = (name: string) => fromHex(readExample(`sign1-tests/${name}.json`).output.cbor);
  const anyKey = new Uint8Array(32);

  it('sign-fail-01: a tag other than 18 is refused at decode', () => {
    expect(() => decodeCoseSign1(read('sign-fail-01'))).toThrow(/COSE_Sign1: not a tag-18 or untagged CBOR array: .*tag not supported \(998\)/);
  });

  it('sign-pass-03: the untagged form decodes like the tagged one', async () => {
    const untagged = decodeCoseSign1(read('sign-pass-03'));
    const tagged = decodeCoseSign1(read('sign-fail-02'));
    expect(toHex(untagged.protectedBytes)).toBe('a10126');
    expect(untagged.unprotectedHeader).toEqual(tagged.unprotectedHeader);
    expect(toHex(untagged.signature)).toBe(toHex(tagged.signature));
    await expect(verifyCoseSign1(untagged, anyKey)).rejects.toThrow('protected alg is -7, only EdDSA (-8) is supported');
  });

  it('sign-pass-01: a protected header encoded as an empty map (h\'A0\') decodes; its alg sits unprotected, which is refused', async () => {
    const decoded = decodeCoseSign1(read('sign-pass-01'));
    expect(toHex(decoded.protectedBytes)).toBe('a0');
    expect(decoded.protectedHeader.size).toBe(0);
    expect(decoded.unprotectedHeader.get(COSE_HEADER_ALG)).toBe(-7);
    await expect(verifyCoseSign1(decoded, anyKey)).rejects.toThrow('protected alg is absent');
  });

  it.each([
    ['sign-fail-03', /protected alg is -999/],
    ['sign-fail-04', /protected alg is unknown/],
    ['sign-pass-02', /protected alg is -7/],
    ['sign-fail-02', /protected alg is -7/],
    ['sign-fail-06', /protected alg is -7/],
    ['sign-fail-07', /protected alg is -7/],
  ])('%s decodes, and verification refuses its alg', async (name, message) => {
    await expect(verifyCoseSign1(decodeCoseSign1(read(name)), anyKey)).rejects.toThrow(message);
  });
});

describe('signCoseSign1 / verifyCoseSign1', () => {
  const seed = new Uint8Array(32).map((_, i) => i * 7);
  const protectedHeader = new Map<number, unknown>([[COSE_HEADER_ALG, COSE_ALG_EDDSA], [3, 0]]);
  const unprotectedHeader = new Map<number, unknown>([[COSE_HEADER_KID, fromHex('0102030405060708')]]);
  const payload = encodeCbor(new Map<number, unknown>([[1, 'KE/2026/000123'], [2, 'export']]));
  const externalAad = utf8ToBytes('hornbill');
  const signed = signCoseSign1({ protectedHeader, unprotectedHeader, payload, seed, externalAad });

  it('verifies with the signer’s key and the same external AAD, tagged (0xd2) by default', async () => {
    const bytes = await signed;
    expect(bytes[0]).toBe(0xd2);
    expect(await verifyCoseSign1(decodeCoseSign1(bytes), await ed25519PublicKey(seed), externalAad)).toBe(true);
  });

  it('signs the untagged form on request', async () => {
    const bytes = await signCoseSign1({ protectedHeader, unprotectedHeader, payload, seed, tagged: false });
    expect(bytes[0]).toBe(0x84);
    expect(await verifyCoseSign1(decodeCoseSign1(bytes), await ed25519PublicKey(seed))).toBe(true);
  });

  it('answers false for a tampered payload, a tampered protected header, another key or other external AAD', async () => {
    const bytes = await signed;
    const publicKey = await ed25519PublicKey(seed);
    const tamperedPayload = replaceHex(bytes, toHex(utf8ToBytes('export')), toHex(utf8ToBytes('import')));
    expect(await verifyCoseSign1(decodeCoseSign1(tamperedPayload), publicKey, externalAad)).toBe(false);
    const tamperedProtected = replaceHex(bytes, '45a201270300', '45a201270301');
    expect(decodeCoseSign1(tamperedProtected).protectedHeader.get(3)).toBe(1);
    expect(await verifyCoseSign1(decodeCoseSign1(tamperedProtected), publicKey, externalAad)).toBe(false);
    const otherKey = await ed25519PublicKey(new Uint8Array(32).fill(9));
    expect(await verifyCoseSign1(decodeCoseSign1(bytes), otherKey, externalAad)).toBe(false);
    expect(await verifyCoseSign1(decodeCoseSign1(bytes), publicKey)).toBe(false);
  });

  it('refuses to sign without protected alg -8 or with a label in both headers', async () => {
    await expect(signCoseSign1({ protectedHeader: new Map(), unprotectedHeader, payload, seed })).rejects.toThrow(/must carry alg \(1\) = EdDSA \(-8\)/);
    await expect(
      signCoseSign1({ protectedHeader, unprotectedHeader: new Map([[3, 0]]), payload, seed }),
    ).rejects.toThrow(/label 3 is in both/);
  });

  it('refuses a crit header at verification', async () => {
    const critical = await signCoseSign1({ protectedHeader: new Map<number, unknown>([[COSE_HEADER_ALG, COSE_ALG_EDDSA], [COSE_HEADER_CRIT, [3]], [3, 0]]), unprotectedHeader, payload, seed });
    await expect(verifyCoseSign1(decodeCoseSign1(critical), await ed25519PublicKey(seed))).rejects.toThrow(/crit/);
  });
});

describe('decodeCoseSign1 structure errors', () => {
  // Hex items of a well-formed tag-18 message: protected {1: -8}, unprotected {}, payload 'a', a 64-byte signature.
  const prot = '43a10127';
  const unprot = 'a0';
  const payload = '4161';
  const signature = '5840' + '00'.repeat(64);
  const message = (...items: string[]) => fromHex(`d28${items.length}${items.join('')}`);

  it('accepts the well-formed message these cases start from', () => {
    expect(decodeCoseSign1(message(prot, unprot, payload, signature)).payload).toEqual(utf8ToBytes('a'));
  });

  it.each([
    ['a non-array', fromHex('d201'), /expected an array of 4 items/],
    ['an array of 3', message(prot, unprot, payload), /expected an array of 4 items/],
    ['a protected header that is not a byte string', message('a10127', unprot, payload, signature), /protected header is not a byte string/],
    ['a protected header that is not CBOR', message('42a101', unprot, payload, signature), /protected header is not CBOR/],
    ['a protected header that is not a map', message('4101', unprot, payload, signature), /protected header is not a map/],
    ['a text header label', message('44a1616101', unprot, payload, signature), /non-integer label "a"/],
    ['an unprotected header that is not a map', message(prot, '80', payload, signature), /unprotected header is not a map/],
    ['a label in both headers', message(prot, 'a10127', payload, signature), /label 1 is in both/],
    ['a detached payload', message(prot, unprot, 'f6', signature), /detached payloads are not supported/],
    ['a text payload', message(prot, unprot, '6161', signature), /payload is not a byte string/],
    ['a signature that is not a byte string', message(prot, unprot, payload, '01'), /signature is not a byte string/],
    ['trailing bytes', fromHex(toHex(message(prot, unprot, payload, signature)) + '00'), /trailing byte/],
  ])('refuses %s', (_label, bytes, error) => {
    expect(() => decodeCoseSign1(bytes)).toThrow(error);
  });
});
