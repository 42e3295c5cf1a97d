import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';

/** SHA-256, synchronous: Merkle trees and hash chains hash millions of small inputs, where WebCrypto's async digest costs more than the hash. */
export function sha256(data: Uint8Array): Uint8Array {
  return nobleSha256(data);
}

/** An incremental SHA-256: feed the data in parts (e.g. between pauses that keep a page responsive), then digest. */
export interface Sha256Stream {
  update(data: Uint8Array): void;
  digest(): Uint8Array;
}

export function sha256Stream(): Sha256Stream {
  const hash = nobleSha256.create();
  return { update: (data) => void hash.update(data), digest: () => hash.digest() };
}
