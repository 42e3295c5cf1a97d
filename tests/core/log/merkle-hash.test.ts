import { describe, expect, it } from 'vitest';
import { toHex, utf8ToBytes } from '../../../src/core/crypto/bytes.ts';
import { emptyRootHash, leafHash, nodeHash } from '../../../src/core/log/merkle-hash.ts';

describe('RFC 9162 hashing', () => {
  it('hashes the empty tree to SHA-256 of nothing', () => {
    expect(toHex(emptyRootHash())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
  it('prefixes leaves with 0x00 (RFC 6962 empty-leaf and go.sum "hello world" values)', () => {
    expect(toHex(leafHash(new Uint8Array(0)))).toBe('6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d');
    expect(Buffer.from(leafHash(utf8ToBytes('hello world'))).toString('base64')).toBe('TszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=');
  });
  it('prefixes interior nodes with 0x01, left before right', () => {
    const left = leafHash(new Uint8Array(0));
    const right = leafHash(new Uint8Array([0x00]));
    // Root of the two-leaf RFC 6962 test tree (transparency-dev/merkle roots[1]).
    expect(toHex(nodeHash(left, right))).toBe('fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125');
    expect(nodeHash(right, left)).not.toEqual(nodeHash(left, right));
  });
});
