import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { fromHex, toHex } from '../../../src/core/crypto/bytes.ts';
import { decodeBase45, encodeBase45 } from '../../../src/core/crypto/base45.ts';

interface ValidVector {
  encoded: string;
  decoded_hex: string;
  section?: string;
  comment?: string;
}
interface InvalidVector {
  encoded: string;
  error: 'overflow' | 'length' | 'char';
  reason: string;
}
interface Base45Vectors {
  rfc9285_examples: ValidVector[];
  additional_valid: ValidVector[];
  boundary_valid: ValidVector[];
  computed_edge_cases: ValidVector[];
  invalid_decode: InvalidVector[];
}

const vectors = JSON.parse(readFileSync(new URL('../../vectors/base45/base45_rfc9285_vectors.json', import.meta.url), 'utf8')) as Base45Vectors;

const valid = [
  ...vectors.rfc9285_examples.map((v) => [`RFC 9285 ${v.section ?? ''}`, v] as const),
  ...vectors.additional_valid.map((v) => [`additional ${JSON.stringify(v.encoded)}`, v] as const),
  ...vectors.boundary_valid.map((v) => [`boundary ${JSON.stringify(v.encoded)}`, v] as const),
  ...vectors.computed_edge_cases.map((v) => [`edge case ${v.decoded_hex.slice(0, 16)}`, v] as const),
];

const messageFor: Record<InvalidVector['error'], RegExp> = {
  overflow: /Base45: (triple|final pair) at position \d+ has value \d+, above (65535|255)/,
  length: /Base45: invalid length \d+/,
  char: /Base45: invalid character U\+[0-9A-F]{4} at position \d+/,
};

describe('base45', () => {
  it.each(valid)('%s: encodes and decodes both ways', (_label, v) => {
    expect(encodeBase45(fromHex(v.decoded_hex))).toBe(v.encoded);
    expect(toHex(decodeBase45(v.encoded))).toBe(v.decoded_hex);
  });

  it.each(vectors.invalid_decode.map((v) => [JSON.stringify(v.encoded), v] as const))('refuses %s', (_label, v) => {
    // Where the length is also wrong (the vector says so), this decoder reports the length first.
    const expected = v.error === 'char' && v.encoded.length % 3 === 1 ? messageFor.length : messageFor[v.error];
    expect(() => decodeBase45(v.encoded)).toThrow(expected);
  });

  it('names the offending position', () => {
    expect(() => decodeBase45('BB8GGW')).toThrow('triple at position 3 has value 65536');
    expect(() => decodeBase45('BB8V5')).toThrow('final pair at position 3 has value 256');
    expect(() => decodeBase45('BB8bb8')).toThrow('invalid character U+0062 at position 3');
    expect(() => decodeBase45('BB8A')).toThrow('stray character is at position 3');
  });

  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = encodeBase45(bytes);
        expect(text).toMatch(/^[0-9A-Z $%*+\-./:]*$/);
        expect(text.length).toBe(Math.floor(bytes.length / 2) * 3 + (bytes.length % 2) * 2);
        expect(toHex(decodeBase45(text))).toBe(toHex(bytes));
      }),
    );
  });
});
