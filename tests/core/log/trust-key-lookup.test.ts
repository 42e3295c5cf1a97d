import { describe, expect, it } from 'vitest';
import { trustListKeyLookup } from '../../../src/core/log/trust-key-lookup.ts';
import { verifyDeviceLog } from '../../../src/core/log/verify-device-log.ts';
import { signTrustList } from '../../../src/core/trust/trust-list.ts';
import { verifyTrustList } from '../../../src/core/trust/verify-trust-list.ts';
import { certifiedOfficer, T0, signedChain } from './audit-log-fixtures.ts';

const rootSeed = new Uint8Array(32).fill(0x42);
const { certificate, holder } = await certifiedOfficer(rootSeed, new Uint8Array(32).fill(0x17));
const chain = await signedChain(holder, 4);

async function trustListRevokedAt(revokedAt: number | null) {
  const signed = await signTrustList(rootSeed, {
    party: 'KE',
    version: 1,
    issuedAt: T0,
    certificates: [certificate],
    revocations: revokedAt === null ? [] : [{ kid: certificate.kid, revokedAt, reason: 'tablet lost' }],
  });
  const verified = await verifyTrustList(signed);
  if (!verified.ok) throw new Error(verified.reason);
  return verified.value;
}

describe('key lookup over a verified trust list', () => {
  it('finds the certified key and its holder', async () => {
    const lookup = trustListKeyLookup(await trustListRevokedAt(null));
    const answer = await lookup({ kid: certificate.kid, device: 'T3F', actor: 'wanjiru.k', at: T0 });
    expect(answer).toEqual({ publicKey: certificate.publicKey, role: 'officer', user: 'wanjiru.k', device: 'T3F', validAt: T0 });
    expect(await lookup({ kid: new Uint8Array(8), device: 'T3F', actor: 'wanjiru.k', at: T0 })).toHaveProperty('reason');
    expect(await lookup({ kid: certificate.kid, device: 'T3F', actor: 'wanjiru.k', at: T0 + 400 * 86_400_000 })).toHaveProperty('reason');
  });

  it('keeps entries signed before a revocation valid and refuses those after it', async () => {
    // The chain's entries are one minute apart from T0: revoke between the second and the third.
    const lookup = trustListKeyLookup(await trustListRevokedAt(T0 + 90_000));
    const entries = chain.map((entry) => entry.bytes);
    expect((await verifyDeviceLog(entries.slice(0, 2), { device: 'T3F', lookup })).ok).toBe(true);
    const verdict = await verifyDeviceLog(entries, { device: 'T3F', lookup });
    expect(verdict.ok ? null : [verdict.index, verdict.error.code, verdict.error.detail]).toEqual([2, 'key.not-valid', expect.stringContaining('revoked')]);
  });
});
