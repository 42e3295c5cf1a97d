import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseBase64, toBase64 } from '../../../src/core/crypto/base64.ts';
import { utf8ToBytes } from '../../../src/core/crypto/bytes.ts';

// RFC 4648 §10 test vectors.
const rfc4648 = [
  ['', ''],
  ['f', 'Zg=='],
  ['fo', 'Zm8='],
  ['foo', 'Zm9v'],
  ['foob', 'Zm9vYg=='],
  ['fooba', 'Zm9vYmE='],
  ['foobar', 'Zm9vYmFy'],
] as const;

describe('base64', () => {
  it.each(rfc4648)('encodes and decodes the RFC 4648 vector %j', (plain, encoded) => {
    expect(toBase64(utf8ToBytes(plain))).toBe(encoded);
    expect(parseBase64(encoded)).toEqual(utf8ToBytes(plain));
  });

  it('matches Node for any bytes, and round-trips', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70 }), (bytes) => {
        const encoded = toBase64(bytes);
        expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
        expect(parseBase64(encoded)).toEqual(bytes);
      }),
    );
  });

  it.each([
    ['missing padding', 'Zg'],
    ['length not a multiple of 4', 'Zm9vY'],
    ['padding only', '===='],
    ['too much padding', 'Z==='],
    ['padding inside', 'Zg==Zm8='],
    ['non-zero bits before padding (1 byte)', 'Zh=='],
    ['non-zero bits before padding (2 bytes)', 'Zm9='],
    ['URL-safe alphabet', '-_8='],
    ['whitespace', 'Zm9v\nYmFy'],
    ['non-ASCII', 'Zm9vYmF\u00e9'],
    ['other punctuation', "This/Isn'tBase64"],
  ])('refuses %s', (_what, text) => {
    expect(parseBase64(text)).toBeUndefined();
  });
});
