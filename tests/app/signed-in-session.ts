import type { Role } from '../../src/core/permit/transition-roles.ts';
import type { SessionState } from '../../src/app/auth/SessionContext.tsx';

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
