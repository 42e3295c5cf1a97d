// @vitest-environment node
// Node, not jsdom: see record-permit-act.test.ts.
import { describe, expect, it } from 'vitest';
import { actingIdentityFor } from '../../../src/app/log/acting-identity.ts';
import type { SignedInUser } from '../../../src/app/auth/signed-in-user.ts';
import { parseBase64 } from '../../../src/core/crypto/base64.ts';
import { verifyKeyCertificate } from '../../../src/core/trust/key-certificate.ts';
import { deviceWithLog, LOG_USER } from './device-log-fixture.ts';

describe('actingIdentityFor', () => {
  it('takes the kid of the account’s certificate for the role, and the session’s device key', async () => {
    const { db } = await deviceWithLog(0);
    const account = await db.accounts.get(LOG_USER);
    if (account === undefined) throw new Error('fixture');
    const seed = new Uint8Array(32).fill(0x17);
    const user: SignedInUser = {
      userId: LOG_USER, username: LOG_USER, displayName: 'W', roles: ['officer', 'approver'], party: 'KE', authorityName: 'KWS',
      device: { id: 'device-1', code: 'T3F', seed }, autoLockMinutes: 15,
    };
    const certificate = await verifyKeyCertificate(parseBase64(account.certificates[0] ?? '') ?? new Uint8Array(), parseBase64(account.rootPublicKey) ?? new Uint8Array());
    expect(certificate.ok).toBe(true);
    expect(await actingIdentityFor(user, account, 'officer')).toEqual({
      userId: LOG_USER, role: 'officer', deviceId: 'device-1', deviceCode: 'T3F', kid: certificate.ok ? certificate.value.kid : undefined, seed,
    });
    // No certificate for that role on this device, no device key in the session, a role the user lacks.
    expect(await actingIdentityFor(user, account, 'approver')).toBeUndefined();
    expect(await actingIdentityFor({ ...user, device: null }, account, 'officer')).toBeUndefined();
    expect(await actingIdentityFor({ ...user, roles: ['approver'] }, account, 'officer')).toBeUndefined();
    expect(await actingIdentityFor({ ...user, device: { id: 'device-2', code: 'K7P', seed } }, account, 'officer')).toBeUndefined();
    db.close();
  });
});
