import { describe, expect, it } from 'vitest';
import { isKeyValidAt } from '../../../src/core/trust/key-validity.ts';
import { signTrustList } from '../../../src/core/trust/trust-list.ts';
import type { TrustList } from '../../../src/core/trust/trust-list.ts';
import { verifyTrustList } from '../../../src/core/trust/verify-trust-list.ts';
import { certificate, day, rootSeed, t0 } from './fixture.ts';

const revokedAt = t0 + 100 * day;

async function listWithRevokedKey(): Promise<{ list: TrustList; revokedKid: Uint8Array; liveKid: Uint8Array }> {
  const revoked = await certificate();
  const live = await certificate({ device: 'K7P' });
  const bytes = await signTrustList(rootSeed, {
    party: 'KE',
    version: 2,
    issuedAt: revokedAt,
    certificates: [revoked, live],
    revocations: [{ kid: revoked.kid, revokedAt, reason: 'user removed' }],
  });
  const verified = await verifyTrustList(bytes);
  if (!verified.ok) throw new Error(verified.reason);
  return { list: verified.value, revokedKid: revoked.kid, liveKid: live.kid };
}

describe('isKeyValidAt', () => {
  it('keeps a signature made before the revocation valid', async () => {
    const { list, revokedKid } = await listWithRevokedKey();
    expect(isKeyValidAt(list, revokedKid, revokedAt - 1)).toEqual({ ok: true });
  });

  it('refuses a signature made at or after the revocation', async () => {
    const { list, revokedKid } = await listWithRevokedKey();
    for (const time of [revokedAt, revokedAt + day]) {
      const verdict = isKeyValidAt(list, revokedKid, time);
      expect(verdict.ok).toBe(false);
      if (!verdict.ok) expect(verdict.reason).toMatch(/was revoked at 2026-04-11T00:00:00.000Z \(user removed\)/);
    }
  });

  it('refuses a key before notBefore and from notAfter on, and accepts inside', async () => {
    const { list, liveKid } = await listWithRevokedKey();
    expect(isKeyValidAt(list, liveKid, t0 - 1)).toMatchObject({ ok: false, reason: expect.stringMatching(/not valid before/) });
    expect(isKeyValidAt(list, liveKid, t0)).toEqual({ ok: true });
    expect(isKeyValidAt(list, liveKid, t0 + 365 * day - 1)).toEqual({ ok: true });
    expect(isKeyValidAt(list, liveKid, t0 + 365 * day)).toMatchObject({ ok: false, reason: expect.stringMatching(/expired/) });
  });

  it('refuses an unknown kid', async () => {
    const { list } = await listWithRevokedKey();
    expect(isKeyValidAt(list, new Uint8Array(8), t0 + day)).toMatchObject({ ok: false, reason: expect.stringMatching(/not in the KE trust list/) });
  });
});
