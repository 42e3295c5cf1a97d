import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { sha256 } from '../../../src/core/crypto/sha256.ts';
import { fromHex, toHex, utf8ToBytes } from '../../../src/core/crypto/bytes.ts';

describe('sha256', () => {
  it('matches the FIPS 180-2 "abc" vector', () => {
    expect(toHex(sha256(utf8ToBytes('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
  it('matches node:crypto on varied lengths', () => {
    for (const n of [0, 1, 55, 56, 63, 64, 65, 1000]) {
      const data = new Uint8Array(n).map((_, i) => (i * 31 + n) & 0xff);
      expect(toHex(sha256(data))).toBe(createHash('sha256').update(data).digest('hex'));
    }
  });
  it('fromHex refuses odd-length and non-hex input', () => {
    expect(() => fromHex('abc')).toThrow(/hex/);
    expect(() => fromHex('zz')).toThrow(/hex/);
  });
});
