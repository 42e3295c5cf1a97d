import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../store/database.ts';
import { hashPassword, verifyPassword } from './password-hash.ts';
import { accountBackoff, addressBackoff, backoffDelay, type BackoffPolicy } from './sign-in-backoff.ts';
import { createSession, type NewSession } from './sessions.ts';
import { userFromRow, type User } from './user-record.ts';

export interface SignInRequest {
  readonly username: string;
  readonly password: string;
  /** The client's IP address. */
  readonly address: string;
}

export type SignInResult =
  | { readonly ok: true; readonly user: User; readonly session: NewSession }
  | { readonly ok: false; readonly code: 'invalid_credentials' }
  | { readonly ok: false; readonly code: 'too_many_attempts'; readonly retryAfterSeconds: number };

const dummyHashes = new Map<number | undefined, Promise<string>>();

/** A hash to verify against when the user does not exist, so that the answer takes as long either way. */
function dummyHash(iterations: number | undefined): Promise<string> {
  let hash = dummyHashes.get(iterations);
  if (hash === undefined) {
    hash = hashPassword('no user has this password', iterations);
    dummyHashes.set(iterations, hash);
  }
  return hash;
}

/**
 * Checks the back-off first (a locked account or address is not even tried), then the password; records the
 * attempt; on success opens a session. Unknown user, removed user and wrong password answer alike.
 */
export async function signIn(db: Kysely<Database>, request: SignInRequest, now: Date, passwordIterations?: number): Promise<SignInResult> {
  const username = request.username.trim().toLowerCase().slice(0, 64);
  const retryAfterMs = Math.max(
    await lockRemaining(db, 'username', username, accountBackoff, now),
    await lockRemaining(db, 'address', request.address, addressBackoff, now),
  );
  if (retryAfterMs > 0) return { ok: false, code: 'too_many_attempts', retryAfterSeconds: Math.ceil(retryAfterMs / 1000) };

  const row = await db.selectFrom('users').selectAll().where('username', '=', username).where('removed_at', 'is', null).executeTakeFirst();
  const passwordMatches = await verifyPassword(request.password, row?.password_hash ?? (await dummyHash(passwordIterations)));
  const succeeded = row !== undefined && passwordMatches;
  await db
    .insertInto('sign_in_attempts')
    .values({ id: randomUUID(), username, address: request.address, succeeded: succeeded ? 1 : 0, attempted_at: now.toISOString() })
    .execute();
  if (!succeeded) return { ok: false, code: 'invalid_credentials' };
  // Attempts older than the longest window count for nothing: drop them so the table stays small.
  const oldest = new Date(now.getTime() - Math.max(accountBackoff.windowMs, addressBackoff.windowMs)).toISOString();
  await db.deleteFrom('sign_in_attempts').where('attempted_at', '<', oldest).execute();
  return { ok: true, user: userFromRow(row), session: await createSession(db, row.id, now) };
}

/** Milliseconds until the account or address may try again (0: now). */
async function lockRemaining(db: Kysely<Database>, column: 'username' | 'address', value: string, policy: BackoffPolicy, now: Date): Promise<number> {
  let since = new Date(now.getTime() - policy.windowMs).toISOString();
  if (column === 'username') {
    // A success wipes the account's slate; per address it does not, or one good account would shield guessing at others.
    const lastSuccess = await db
      .selectFrom('sign_in_attempts')
      .select((eb) => eb.fn.max('attempted_at').as('at'))
      .where('username', '=', value)
      .where('succeeded', '=', 1)
      .executeTakeFirst();
    if (lastSuccess?.at != null && lastSuccess.at > since) since = lastSuccess.at;
  }
  const failures = await db
    .selectFrom('sign_in_attempts')
    .select((eb) => [eb.fn.countAll().as('count'), eb.fn.max('attempted_at').as('last')])
    .where(column, '=', value)
    .where('succeeded', '=', 0)
    .where('attempted_at', '>', since)
    .executeTakeFirst();
  if (failures?.last == null) return 0;
  const lockedUntil = Date.parse(failures.last) + backoffDelay(Number(failures.count), policy);
  return Math.max(0, lockedUntil - now.getTime());
}
