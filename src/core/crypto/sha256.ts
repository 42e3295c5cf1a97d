import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';

/** SHA-256, synchronous: Merkle trees and hash chains hash millions of small inputs, where WebCrypto's async digest costs more than the hash. */
export function sha256(data: Uint8Array): Uint8Array {
  return nobleSha256(data);
}
