import { describe, expect, it } from 'vitest';
import { noFailedAttempts, type AccountRecord } from '../../../src/app/auth/account-record.ts';
import { findAccount } from '../../../src/app/auth/accounts.ts';
import type { HornbillDb } from '../../../src/app/db/database.ts';
import { wrapDeviceKey } from '../../../src/app/auth/device-key-wrap.ts';
import { signInOnDevice } from '../../../src/app/auth/sign-in-on-device.ts';
import { openHornbillDb } from '../../../src/app/db/database.ts';

const seed = Uint8Array.from({ length: 32 }, (_, i) => 31 - i);
const password = 'long enough passphrase';

async function enrolledAccount(): Promise<AccountRecord> {
  return {
    userId: 'user-amina',
    username: 'amina',
    displayName: 'Amina Otieno',
    roles: ['officer'],
    party: 'KE',
    authorityName: 'Kenya Wildlife Service',
    deviceId: 'device-1',
    deviceCode: 'T3F',
    wrappedKey: await wrapDeviceKey({ seed, password, owner: 'user:user-amina|device:device-1' }),
    certificates: [],
    rootPublicKey: '',
    autoLockMinutes: 15,
    failedAttempts: noFailedAttempts,
    enrolledAt: '2026-11-20T10:00:00.000Z',
  };
}

async function storedAccount(db: HornbillDb): Promise<AccountRecord> {
  const account = await findAccount(db, 'AMINA ');
  if (account === undefined) throw new Error('no account stored');
  return account;
}

describe('offline sign-in with the wrapped device key', () => {
  it('refuses a wrong password, then backs off as HQ does (3 free, then doubling), per account, never sleeping', async () => {
    const db = openHornbillDb('hornbill-test-offline-sign-in');
    await db.accounts.put(await enrolledAccount());
    const attempt = async (typed: string, now: number) => signInOnDevice(db, await storedAccount(db), typed, now);
    let now = Date.parse('2026-11-26T08:00:00Z');

    expect(await attempt('wrong one', now)).toEqual({ kind: 'wrong-password', waitSeconds: 0 });
    expect(await attempt('wrong two', now)).toEqual({ kind: 'wrong-password', waitSeconds: 0 });
    expect(await attempt('wrong three', now)).toEqual({ kind: 'wrong-password', waitSeconds: 1 });
    // Locked: even the right password is not tried.
    expect(await attempt(password, now)).toEqual({ kind: 'wait', waitSeconds: 1 });
    now += 1_000;
    expect(await attempt('wrong four', now)).toEqual({ kind: 'wrong-password', waitSeconds: 2 });
    expect((await findAccount(db, 'amina'))?.failedAttempts).toEqual({ count: 4, lastAt: now });
    now += 2_000;

    const signedIn = await attempt(password, now);
    expect(signedIn.kind).toBe('signed-in');
    if (signedIn.kind === 'signed-in') {
      expect(signedIn.user.device?.seed).toEqual(seed);
      expect(signedIn.user).toMatchObject({ userId: 'user-amina', roles: ['officer'], device: { code: 'T3F' } });
    }
    expect((await findAccount(db, 'amina'))?.failedAttempts).toEqual(noFailedAttempts);
    db.close();
  });

  it('forgets failures a day old', async () => {
    const db = openHornbillDb('hornbill-test-offline-window');
    await db.accounts.put({ ...(await enrolledAccount()), failedAttempts: { count: 12, lastAt: 1_000 } });
    expect(await signInOnDevice(db, await storedAccount(db), 'wrong', 1_000 + 24 * 3_600_000)).toEqual({ kind: 'wrong-password', waitSeconds: 0 });
    db.close();
  });
});

describe('a user HQ removed', () => {
  it('cannot sign in on the device, even with the right password, and no attempt is counted', async () => {
    const db = openHornbillDb('hornbill-test-removed-user');
    await db.accounts.put({ ...(await enrolledAccount()), removedAt: Date.parse('2026-11-25T12:00:00Z') });
    expect(await signInOnDevice(db, await storedAccount(db), password, Date.parse('2026-11-26T08:00:00Z'))).toEqual({ kind: 'removed' });
    expect((await storedAccount(db)).failedAttempts).toEqual(noFailedAttempts);
    db.close();
  });
});
