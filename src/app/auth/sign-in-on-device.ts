import type { HornbillDb } from '../db/database.ts';
import { keyOwner, type AccountRecord } from './account-record.ts';
import { clearFailedAttempts, recordFailedAttempts } from './accounts.ts';
import { unwrapDeviceKey } from './device-key-wrap.ts';
import { lockRemainingMs, withFailure } from './offline-backoff.ts';
import type { SignedInUser } from './signed-in-user.ts';

export type DeviceSignInResult =
  | { readonly kind: 'signed-in'; readonly user: SignedInUser }
  /** Wrong password; `waitSeconds` > 0 once the back-off has started. */
  | { readonly kind: 'wrong-password'; readonly waitSeconds: number }
  /** Still locked from earlier failures: not even tried. */
  | { readonly kind: 'wait'; readonly waitSeconds: number }
  /** HQ removed the user (learnt at sync): never tried, whatever the password. */
  | { readonly kind: 'removed' };

export function userFromAccount(account: AccountRecord, seed: Uint8Array): SignedInUser {
  const { userId, username, displayName, roles, party, authorityName, deviceId, deviceCode, autoLockMinutes } = account;
  return { userId, username, displayName, roles, party, authorityName, autoLockMinutes, device: { id: deviceId, code: deviceCode, seed } };
}

/**
 * The offline sign-in: the password is right exactly when it unwraps the device key (no other verifier is
 * stored). A locked account is not tried; a failure is recorded before the answer, so closing the app
 * does not reset the back-off. `now` is ms since the epoch.
 */
export async function signInOnDevice(db: HornbillDb, account: AccountRecord, password: string, now: number): Promise<DeviceSignInResult> {
  if (account.removedAt !== undefined) return { kind: 'removed' };
  const waitMs = lockRemainingMs(account.failedAttempts, now);
  if (waitMs > 0) return { kind: 'wait', waitSeconds: Math.ceil(waitMs / 1000) };
  const seed = await unwrapDeviceKey(account.wrappedKey, password, keyOwner(account));
  if (seed === null) {
    const failed = withFailure(account.failedAttempts, now);
    await recordFailedAttempts(db, account.userId, failed);
    return { kind: 'wrong-password', waitSeconds: Math.ceil(lockRemainingMs(failed, now) / 1000) };
  }
  if (account.failedAttempts.count > 0) await clearFailedAttempts(db, account.userId);
  return { kind: 'signed-in', user: userFromAccount(account, seed) };
}
