import type { Role } from '../../src/core/permit/transition-roles.ts';
import type { SessionState } from '../../src/app/auth/SessionContext.tsx';
import type { AccountRecord } from '../../src/app/auth/account-record.ts';
import type { ActingIdentity } from '../../src/app/log/acting-identity.ts';

/** The user the screen tests act as, unless a test says otherwise. */
export const testUserId = 'user-test-officer';

export function signedInAs(roles: readonly Role[], userId = testUserId): SessionState {
  return {
    kind: 'signed-in',
    user: {
      userId,
      username: userId,
      displayName: `Test ${userId}`,
      roles,
      party: 'KE',
      authorityName: 'Kenya Wildlife Service',
      device: { id: `device-of-${userId}`, code: 'T3F', seed: new Uint8Array(32) },
      autoLockMinutes: 15,
    },
  };
}

/** The test user's account on the device, holding `role` (no real key: screen tests replace the log modules). */
export function testAccount(role: Role, enrolledAt: number): AccountRecord {
  return {
    userId: testUserId, username: testUserId, displayName: 'Test', roles: [role], party: 'KE', authorityName: 'KWS',
    deviceId: 'device-1', deviceCode: 'T3F', wrappedKey: { v: 1, kdf: 'PBKDF2-SHA256', iterations: 600_000, salt: '', iv: '', ciphertext: '' },
    certificates: [], rootPublicKey: '', autoLockMinutes: 15, failedAttempts: { count: 0, lastAt: 0 }, enrolledAt: new Date(enrolledAt).toISOString(),
  };
}

/** The identity the replaced `actingIdentityFor` hands back for the test user acting as `role`. */
export function testIdentity(role: Role): ActingIdentity {
  return { userId: testUserId, role, deviceId: 'device-1', deviceCode: 'T3F', kid: new Uint8Array(8), seed: new Uint8Array(32) };
}
