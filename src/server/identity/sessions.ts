// Sessions: a random 256-bit token goes to the client once; only its SHA-256 is stored, so a copy of the
// database does not let anyone sign in. A session ends after an hour without use (idle) or twelve hours
// after sign-in (absolute, one working day), at sign-out, or when its user is removed.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { toHex, utf8ToBytes } from '../../core/crypto/bytes.ts';
import { sha256 } from '../../core/crypto/sha256.ts';
import type { Database } from '../store/database.ts';
import { userColumns, userFromRow, type User } from './user-record.ts';

export const SESSION_IDLE_MS = 60 * 60_000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60_000;
/** last_seen_at is written at most this often, not on every request. */
const TOUCH_INTERVAL_MS = 60_000;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function hashSessionToken(token: string): string {
  return toHex(sha256(utf8ToBytes(token)));
}

export interface NewSession {
  /** The bearer secret: sent to the client once, never stored, never logged. */
  readonly token: string;
  readonly expiresAt: string;
}

export async function createSession(db: Kysely<Database>, userId: string, now: Date): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS).toISOString();
  await db
    .insertInto('sessions')
    .values({ token_hash: hashSessionToken(token), user_id: userId, created_at: now.toISOString(), last_seen_at: now.toISOString(), expires_at: expiresAt, revoked_at: null })
    .execute();
  return { token, expiresAt };
}

export interface ActiveSession {
  readonly tokenHash: string;
  readonly user: User;
  readonly expiresAt: string;
}

export type SessionLookup = { readonly ok: true; readonly session: ActiveSession } | { readonly ok: false; readonly reason: string };

/** The session a token opens, or why it opens none. Touches last_seen_at (at most once a minute). */
export async function resolveSession(db: Kysely<Database>, token: string, now: Date): Promise<SessionLookup> {
  if (!TOKEN_PATTERN.test(token)) return { ok: false, reason: 'the session token is malformed' };
  const tokenHash = hashSessionToken(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(userColumns.map((column) => `users.${column}` as const))
    .select(['sessions.last_seen_at', 'sessions.expires_at', 'sessions.revoked_at'])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (row === undefined) return { ok: false, reason: 'no such session' };
  if (row.revoked_at !== null) return { ok: false, reason: 'the session has ended' };
  if (row.removed_at !== null) return { ok: false, reason: 'the user has been removed' };
  const time = now.getTime();
  if (time >= Date.parse(row.expires_at)) return { ok: false, reason: 'the session has expired' };
  const lastSeen = Date.parse(row.last_seen_at);
  if (time - lastSeen >= SESSION_IDLE_MS) return { ok: false, reason: 'the session expired after inactivity' };
  if (time - lastSeen >= TOUCH_INTERVAL_MS) {
    await db.updateTable('sessions').set({ last_seen_at: now.toISOString() }).where('token_hash', '=', tokenHash).execute();
  }
  return { ok: true, session: { tokenHash, user: userFromRow(row), expiresAt: row.expires_at } };
}

export async function endSession(db: Kysely<Database>, tokenHash: string, now: Date): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: now.toISOString() }).where('token_hash', '=', tokenHash).where('revoked_at', 'is', null).execute();
}
