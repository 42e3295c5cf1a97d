import { describe, expect, it } from 'vitest';
import { NONCE_LENGTH, NONCE_LIFETIME_MS } from '../../src/core/sync/limits.ts';
import { deriveNonceKey, isNonceValid, issueNonce } from '../../src/server/sync/nonces.ts';

const key = deriveNonceKey(new Uint8Array(32).fill(7));
const now = new Date('2026-11-26T08:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);

describe('session nonces', () => {
  it('are 16 bytes, valid for the device they were issued to until they expire', () => {
    const { nonce, expiresAt } = issueNonce(key, 'T3F', now);
    expect(nonce).toHaveLength(NONCE_LENGTH);
    expect(expiresAt).toEqual(later(NONCE_LIFETIME_MS));
    expect(isNonceValid(key, 'T3F', nonce, now)).toBe(true);
    expect(isNonceValid(key, 'T3F', nonce, later(NONCE_LIFETIME_MS - 1))).toBe(true);
    expect(isNonceValid(key, 'T3F', nonce, later(NONCE_LIFETIME_MS))).toBe(false);
  });

  it('are refused for another device, under another authority\'s key, or with any bit changed', () => {
    const { nonce } = issueNonce(key, 'T3F', now);
    expect(isNonceValid(key, 'T3G', nonce, now)).toBe(false);
    expect(isNonceValid(deriveNonceKey(new Uint8Array(32).fill(8)), 'T3F', nonce, now)).toBe(false);
    for (let bit = 0; bit < NONCE_LENGTH * 8; bit++) {
      const changed = Uint8Array.from(nonce);
      changed[bit >> 3] = (changed[bit >> 3] ?? 0) ^ (1 << (bit & 7));
      expect(isNonceValid(key, 'T3F', changed, now)).toBe(false);
    }
    expect(isNonceValid(key, 'T3F', nonce.subarray(0, NONCE_LENGTH - 1), now)).toBe(false);
  });

  it('cannot be stretched: a later expiry written into a nonce breaks its tag', () => {
    const { nonce } = issueNonce(key, 'T3F', now);
    const stretched = Uint8Array.from(nonce);
    stretched[0] = 0xff;
    expect(isNonceValid(key, 'T3F', stretched, later(NONCE_LIFETIME_MS * 10))).toBe(false);
  });

  it('are the same key for the same root key, whichever HQ process derives it', () => {
    const { nonce } = issueNonce(deriveNonceKey(new Uint8Array(32).fill(7)), 'T3F', now);
    expect(isNonceValid(key, 'T3F', nonce, now)).toBe(true);
  });
});
