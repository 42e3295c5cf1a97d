import { toHex } from '../crypto/bytes.ts';
import { sha256 } from '../crypto/sha256.ts';

/**
 * The root key's fingerprint for confirmation over another channel (telephone, letter): SHA-256 of the raw
 * 32-byte public key, upper-case hex in 16 groups of 4 (e.g. `3F2A 09C1 …`), easy to read aloud and compare.
 */
export function rootKeyFingerprint(rootPublicKey: Uint8Array): string {
  return toHex(sha256(rootPublicKey)).toUpperCase().match(/.{4}/g)?.join(' ') ?? '';
}
