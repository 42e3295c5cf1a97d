// Signing in, offline first: a user enrolled on this device is checked against the wrapped device key
// (no connection needed); anyone else must reach HQ, change a one-time password if HQ says so, and have
// this device enrolled for them. Admin-only users do no field acts: they sign in online and get no key.
import type { HornbillDb } from '../db/database.ts';
import { findAccount, normaliseUsername } from './accounts.ts';
import type { Enrolment } from './enrol-device.ts';
import { changeHqPassword, startHqSession, type Fetch, type HqUser } from './hq-api.ts';
import { signInOnDevice } from './sign-in-on-device.ts';
import { problemOf, type SignInProblem } from './sign-in-problem.ts';
import { defaultAutoLockMinutes, isAdminOnly, type SignedInUser } from './signed-in-user.ts';

export interface SignInDependencies {
  readonly db: HornbillDb;
  readonly fetchFn: Fetch;
  /** ms since the epoch. */
  readonly now: () => number;
  readonly online: () => boolean;
}

export type SignInOutcome =
  | { readonly kind: 'signed-in'; readonly user: SignedInUser }
  | { readonly kind: 'must-change-password'; readonly user: HqUser; readonly autoLockMinutes: number }
  | { readonly kind: 'enrolled'; readonly enrolment: Enrolment }
  | { readonly kind: 'problem'; readonly problem: SignInProblem };

function adminUser(user: HqUser, autoLockMinutes: number): SignedInUser {
  const { id: userId, username, displayName, roles } = user;
  return { userId, username, displayName, roles, party: '', authorityName: '', device: null, autoLockMinutes };
}

export async function signIn(deps: SignInDependencies, typedUsername: string, password: string): Promise<SignInOutcome> {
  const username = normaliseUsername(typedUsername);
  const account = await findAccount(deps.db, username);
  if (account !== undefined) {
    const result = await signInOnDevice(deps.db, account, password, deps.now());
    if (result.kind === 'signed-in') {
      // Refreshes the HQ cookie for later syncs; the device check above already decided the sign-in.
      if (deps.online()) startHqSession(deps.fetchFn, username, password).catch(() => undefined);
      return result;
    }
    if (result.kind === 'removed') return { kind: 'problem', problem: { kind: 'removed' } };
    if (result.kind === 'wait' || result.waitSeconds > 0) return { kind: 'problem', problem: { kind: 'wait', seconds: result.waitSeconds } };
    return { kind: 'problem', problem: { kind: 'wrong-password' } };
  }
  try {
    const session = await startHqSession(deps.fetchFn, username, password);
    const autoLockMinutes = session.autoLockMinutes ?? defaultAutoLockMinutes;
    if (session.user.mustChangePassword) return { kind: 'must-change-password', user: session.user, autoLockMinutes };
    return await completeOnlineSignIn(deps, session.user, password, autoLockMinutes);
  } catch (error) {
    return { kind: 'problem', problem: problemOf(error) };
  }
}

async function completeOnlineSignIn(deps: SignInDependencies, user: HqUser, password: string, autoLockMinutes: number): Promise<SignInOutcome> {
  if (isAdminOnly(user.roles)) return { kind: 'signed-in', user: adminUser(user, autoLockMinutes) };
  const { enrolThisDevice } = await import('./enrol-device.ts');
  const enrolment = await enrolThisDevice(deps.fetchFn, deps.db, { user, password, autoLockMinutes, now: new Date(deps.now()) });
  return { kind: 'enrolled', enrolment };
}

/** Replaces the one-time password at HQ, then finishes the first sign-in with the new one. */
export async function changePasswordAndContinue(
  deps: SignInDependencies,
  pending: { user: HqUser; autoLockMinutes: number; oneTimePassword: string },
  newPassword: string,
): Promise<SignInOutcome> {
  try {
    await changeHqPassword(deps.fetchFn, pending.oneTimePassword, newPassword);
    return await completeOnlineSignIn(deps, { ...pending.user, mustChangePassword: false }, newPassword, pending.autoLockMinutes);
  } catch (error) {
    return { kind: 'problem', problem: problemOf(error) };
  }
}
