import type { FastifyInstance } from 'fastify';
import type { Role } from '../../src/core/permit/transition-roles.ts';
import { buildHttpServer } from '../../src/server/http/build-http-server.ts';
import { SESSION_COOKIE } from '../../src/server/http/session-cookie.ts';
import { initAuthority, unlockRootKey } from '../../src/server/identity/authority.ts';
import type { RootSigner } from '../../src/server/identity/root-signer.ts';
import { createSession } from '../../src/server/identity/sessions.ts';
import { addUser, changePassword } from '../../src/server/identity/users.ts';
import type { User } from '../../src/server/identity/user-record.ts';
import { migrateToLatest } from '../../src/server/store/migrate.ts';
import type { Store } from '../../src/server/store/store.ts';
import { staticFixtureDir } from './static-fixture.ts';

/** Cheap key derivation for tests only; production uses the defaults (scrypt 2^17, PBKDF2 600,000). */
export const testPasswordIterations = 1_000;
export const testRootKeyLogN = 10;
export const testPassphrase = 'correct horse battery staple';
export const knownPassword = 'Tsavo-river-at-dawn';

/** A settable clock: tests move it instead of sleeping. */
export interface TestClock {
  now: Date;
  readonly read: () => Date;
  advance(milliseconds: number): void;
}

export function testClock(start = new Date('2026-03-01T08:00:00Z')): TestClock {
  const clock: TestClock = {
    now: start,
    read: () => clock.now,
    advance: (milliseconds) => {
      clock.now = new Date(clock.now.getTime() + milliseconds);
    },
  };
  return clock;
}

export interface IdentitySetUp {
  readonly signer: RootSigner;
  readonly adminOneTimePassword: string;
}

export async function setUpAuthority(store: Store, now: Date): Promise<IdentitySetUp> {
  await migrateToLatest(store.db);
  const { admin } = await initAuthority(
    store.db,
    { party: 'KE', name: 'Kenya Wildlife Service', passphrase: testPassphrase, rootKeyLogN: testRootKeyLogN, passwordIterations: testPasswordIterations },
    now,
  );
  return { signer: await unlockRootKey(store.db, testPassphrase), adminOneTimePassword: admin.oneTimePassword };
}

/** A user whose password is `knownPassword` (already changed, so no must-change flag). */
export async function userWithPassword(store: Store, username: string, roles: readonly Role[], now: Date): Promise<User> {
  const { user, oneTimePassword } = await addUser(store.db, { username, displayName: `Test ${username}`, roles }, now, testPasswordIterations);
  await changePassword(store.db, user.id, oneTimePassword, knownPassword, testPasswordIterations);
  return { ...user, mustChangePassword: false };
}

/** A Cookie header carrying a fresh session of the user, made directly in the store. */
export async function sessionCookie(store: Store, userId: string, now: Date): Promise<string> {
  const { token } = await createSession(store.db, userId, now);
  return `${SESSION_COOKIE}=${token}`;
}

export function buildIdentityServer(store: Store, clock: TestClock, rootSigner: RootSigner | undefined): Promise<FastifyInstance> {
  return buildHttpServer({
    config: { staticDir: staticFixtureDir },
    store,
    version: 'test',
    logger: false,
    identity: { clock: clock.read, passwordIterations: testPasswordIterations, rootSigner },
  });
}

/** Row counts of every identity table: "nothing changed" is these being equal before and after. */
export async function identityRowCounts(store: Store): Promise<Record<string, number>> {
  const tables = ['authority', 'users', 'sessions', 'sign_in_attempts', 'key_certificates', 'revocations', 'trust_list_versions', 'foreign_trust_lists', 'secretariat_notices', 'devices', 'enrolment_challenges'] as const;
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow();
    counts[table] = Number(row.count);
  }
  return counts;
}
