// Session nonces (docs/sync-protocol.md §Hello): 16 bytes bound to one device and valid for NONCE_LIFETIME_MS
// at HQ's clock. They are stateless: the expiry (6 bytes, ms since the epoch) and a 10-byte HMAC-SHA256 tag over
// the device and the expiry, under a key derived from the root key. So hello writes nothing, a flood of hellos
// fills no table, and every HQ process of the authority accepts the nonces the others issued.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes, utf8ToBytes } from '../../core/crypto/bytes.ts';
import { NONCE_LENGTH, NONCE_LIFETIME_MS } from '../../core/sync/limits.ts';

const NONCE_KEY_INFO = utf8ToBytes('hornbill/v1/sync-nonce-key');
const TAG_DOMAIN = utf8ToBytes('hornbill/v1/sync-nonce');
const EXPIRY_LENGTH = 6;
const TAG_LENGTH = NONCE_LENGTH - EXPIRY_LENGTH;

export interface IssuedNonce {
  readonly nonce: Uint8Array;
  readonly expiresAt: Date;
}

/** The key that tags nonces: HKDF-SHA256 of the root key's seed under its own label (like the log key). */
export function deriveNonceKey(rootSeed: Uint8Array): Uint8Array {
  return hkdf(sha256, rootSeed, undefined, NONCE_KEY_INFO, 32);
}

export function issueNonce(key: Uint8Array, device: string, now: Date): IssuedNonce {
  const expiresAt = new Date(now.getTime() + NONCE_LIFETIME_MS);
  const expiry = expiryBytes(expiresAt.getTime());
  return { nonce: concatBytes(expiry, tagOf(key, device, expiry)), expiresAt };
}

/** Whether HQ issued the nonce to this device and it has not expired at `now`. */
export function isNonceValid(key: Uint8Array, device: string, nonce: Uint8Array, now: Date): boolean {
  if (nonce.length !== NONCE_LENGTH) return false;
  const expiry = nonce.subarray(0, EXPIRY_LENGTH);
  if (!timingSafeEqual(tagOf(key, device, expiry), nonce.subarray(EXPIRY_LENGTH))) return false;
  return expiryMs(expiry) > now.getTime();
}

function tagOf(key: Uint8Array, device: string, expiry: Uint8Array): Uint8Array {
  const deviceBytes = utf8ToBytes(device);
  // The device's length first (codes are ≤ 200 characters, so ≤ 800 bytes), so that no other (device, expiry)
  // pair gives the same tagged bytes.
  const mac = createHmac('sha256', key).update(TAG_DOMAIN).update(Uint8Array.of(deviceBytes.length >> 8, deviceBytes.length & 0xff)).update(deviceBytes).update(expiry).digest();
  return new Uint8Array(mac.buffer, mac.byteOffset, TAG_LENGTH);
}

function expiryBytes(ms: number): Uint8Array {
  const bytes = new Uint8Array(EXPIRY_LENGTH);
  let rest = ms;
  for (let i = EXPIRY_LENGTH - 1; i >= 0; i--) {
    bytes[i] = rest % 256;
    rest = Math.floor(rest / 256);
  }
  return bytes;
}

function expiryMs(bytes: Uint8Array): number {
  return bytes.reduce((ms, byte) => ms * 256 + byte, 0);
}
