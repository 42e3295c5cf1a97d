import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromHex, toHex } from '../../../src/core/crypto/bytes.ts';
import { decodeCanonicalCbor, decodeCbor, encodeCbor } from '../../../src/core/crypto/cbor.ts';

describe('encodeCbor: deterministic encoding (RFC 8949 §4.2.1)', () => {
  // Values and encodings from RFC 8949 Appendix A (integral floats left out: JavaScript cannot tell 1.0 from 1).
  const appendixA: [string, unknown, string][] = [
    ['0', 0, '00'],
    ['23', 23, '17'],
    ['24', 24, '1818'],
    ['100', 100, '1864'],
    ['1000', 1000, '1903e8'],
    ['1000000', 1000000, '1a000f4240'],
    ['1000000000000', 1000000000000, '1b000000e8d4a51000'],
    ['2^64-1', 18446744073709551615n, '1bffffffffffffffff'],
    ['-1', -1, '20'],
    ['-100', -100, '3863'],
    ['-1000', -1000, '3903e7'],
    ['1.5 (half)', 1.5, 'f93e00'],
    ['5.960464477539063e-8 (half subnormal)', 5.960464477539063e-8, 'f90001'],
    ['3.4028234663852886e38 (single)', 3.4028234663852886e38, 'fa7f7fffff'],
    ['1.1 (double)', 1.1, 'fb3ff199999999999a'],
    ['1e300', 1.0e300, 'fb7e37e43c8800759c'],
    ['Infinity', Infinity, 'f97c00'],
    ['NaN', NaN, 'f97e00'],
    ['false', false, 'f4'],
    ['null', null, 'f6'],
    ['""', '', '60'],
    ['"\\u00fc"', '\u00fc', '62c3bc'],
    ["h'01020304'", fromHex('01020304'), '4401020304'],
    ['[1, 2, 3]', [1, 2, 3], '83010203'],
    ['{1: 2, 3: 4}', new Map([[1, 2], [3, 4]]), 'a201020304'],
    ['{"a": 1, "b": [2, 3]}', { a: 1, b: [2, 3] }, 'a26161016162820203'],
  ];
  it.each(appendixA)('%s', (_label, value, hex) => {
    expect(toHex(encodeCbor(value))).toBe(hex);
  });

  it('sorts map keys by their encoded bytes, whatever the insertion order (the RFC 8949 §4.2.1 example keys)', () => {
    const entries: [unknown, number][] = [[10, 0], [100, 1], [-1, 2], ['z', 3], ['aa', 4], [false, 5]];
    const expected = 'a6' + '0a00' + '186401' + '2002' + '617a03' + '62616104' + 'f405';
    expect(toHex(encodeCbor(new Map(entries)))).toBe(expected);
    expect(toHex(encodeCbor(new Map([...entries].reverse())))).toBe(expected);
  });

  it('gives one encoding for a map whatever order its entries were inserted in', () => {
    const key = fc.oneof(fc.integer({ min: -100000, max: 100000 }), fc.string({ maxLength: 6 }));
    const entriesAndPermutation = fc
      .uniqueArray(fc.tuple(key, fc.integer()), { selector: ([k]) => k, maxLength: 12 })
      .chain((entries) => fc.tuple(fc.constant(entries), fc.shuffledSubarray(entries, { minLength: entries.length })));
    fc.assert(
      fc.property(entriesAndPermutation, ([entries, permuted]) => {
        expect(toHex(encodeCbor(new Map(permuted)))).toBe(toHex(encodeCbor(new Map(entries))));
      }),
    );
  });

  it('refuses to encode undefined, which decodeCbor would refuse', () => {
    expect(() => encodeCbor(undefined)).toThrow(/undefined/);
    expect(() => encodeCbor(new Map([[1, undefined]]))).toThrow(/undefined/);
  });
});

describe('decodeCbor', () => {
  it('round-trips maps with integer keys as Maps', () => {
    const value = new Map<number, unknown>([[1, -8], [-1, 'x'], [4, fromHex('3131')], [7, new Map([[0, [1, 2]]])]]);
    const decoded = decodeCbor(encodeCbor(value));
    expect(decoded).toEqual(value);
    expect(decoded).toBeInstanceOf(Map);
  });

  it.each([
    ['trailing bytes', '0000', /1 trailing byte\(s\) after the data item at offset 1/],
    ['an indefinite-length array', '9f01ff', /indefinite/],
    ['an indefinite-length byte string', '5f4101ff', /indefinite/],
    ['an indefinite-length map', 'bf0102ff', /indefinite/],
    ['undefined', 'f7', /undefined/],
    ['a duplicate map key', 'a201020103', /repeat map key/],
    ['a tag it was not told about', 'c11a00000000', /tag not supported \(1\)/],
    ['truncated input', '1901', /CBOR/],
    ['empty input', '', /CBOR/],
  ])('refuses %s', (_label, hex, message) => {
    expect(() => decodeCbor(fromHex(hex))).toThrow(message);
  });
});

describe('decodeCanonicalCbor', () => {
  it.each([
    ['1 with a 1-byte argument', '1801'],
    ['1 with a 2-byte argument', '190001'],
    ['1 with a 4-byte argument', '1a00000001'],
    ['1 with an 8-byte argument', '1b0000000000000001'],
    ['-1 with a 1-byte argument', '3800'],
    ['a byte string with a long length head', '5801ff'],
    ['a text string with a long length head', '780161'],
    ['an array with a long length head', '980101'],
    ['a map with a long length head', 'b8010102'],
    ['map keys out of order', 'a203040102'],
    ['map keys in RFC 7049 length-first order', 'a22001186402'],
    ['1.5 as a single', 'fa3fc00000'],
    ['1.5 as a double', 'fb3ff8000000000000'],
    ['NaN as a double', 'fb7ff8000000000000'],
    ['an integral float', 'f94400'],
  ])('refuses %s, which decodeCbor accepts', (_label, hex) => {
    const bytes = fromHex(hex);
    expect(() => decodeCbor(bytes)).not.toThrow();
    expect(() => decodeCanonicalCbor(bytes)).toThrow(/not the deterministic encoding/);
  });

  it('accepts the deterministic forms', () => {
    for (const hex of ['01', '20', '4101', '6161', '8101', 'a10102', 'a21864022001', 'f93e00', 'f97e00']) {
      expect(toHex(encodeCbor(decodeCanonicalCbor(fromHex(hex))))).toBe(hex);
    }
  });

  it('still applies the decodeCbor refusals', () => {
    expect(() => decodeCanonicalCbor(fromHex('0101'))).toThrow(/trailing/);
    expect(() => decodeCanonicalCbor(fromHex('9f01ff'))).toThrow(/indefinite/);
  });
});

describe('encode → decode → encode', () => {
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.integer(),
      fc.maxSafeInteger(),
      fc.bigInt({ min: -(2n ** 64n), max: 2n ** 64n - 1n }),
      fc.double(),
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.uint8Array({ maxLength: 40 }),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('value'), { maxLength: 5 }),
      fc.uniqueArray(fc.tuple(fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.string({ maxLength: 5 })), tie('value')), { selector: ([k]) => k, maxLength: 5 }).map((entries) => new Map(entries)),
      fc.dictionary(fc.string({ maxLength: 5 }), tie('value'), { maxKeys: 5 }),
    ),
  }));

  it('is stable, and the encoding passes decodeCanonicalCbor', () => {
    fc.assert(
      fc.property(value, (v) => {
        const once = encodeCbor(v);
        expect(toHex(encodeCbor(decodeCbor(once)))).toBe(toHex(once));
        expect(toHex(encodeCbor(decodeCanonicalCbor(once)))).toBe(toHex(once));
      }),
      { numRuns: 500 },
    );
  });
});
