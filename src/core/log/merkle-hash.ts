// RFC 9162 §2.1.1 hashing with SHA-256. The 0x00/0x01 prefixes keep a leaf from ever passing as an interior node.
import { concatBytes } from '../crypto/bytes.ts';
import { sha256 } from '../crypto/sha256.ts';

export const MERKLE_HASH_LENGTH = 32;

const LEAF_PREFIX = new Uint8Array([0x00]);
const NODE_PREFIX = new Uint8Array([0x01]);

export function leafHash(data: Uint8Array): Uint8Array {
  return sha256(concatBytes(LEAF_PREFIX, data));
}

export function nodeHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  return sha256(concatBytes(NODE_PREFIX, left, right));
}

/** MTH({}) = SHA-256 of the empty string. */
export function emptyRootHash(): Uint8Array {
  return sha256(new Uint8Array(0));
}
