// Demo mode (DESIGN §9b): `hornbill serve --demo` on an empty data directory creates a demo authority so a
// newcomer can sign in within a minute. Its root key passphrase is generated and kept in plain text next to
// the database, which is acceptable for a demo only: production authorities use `hornbill authority init`.
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Role } from '../../core/permit/transition-roles.ts';
import { initAuthority } from '../identity/authority.ts';
import { generateOneTimePassword } from '../identity/one-time-password.ts';
import { addUser, changePassword } from '../identity/users.ts';
import type { Database } from '../store/database.ts';
import { DEMO_FIELD_ROLES } from './demo-tablets.ts';

export const DEMO_PARTY = 'KE';
export const DEMO_AUTHORITY_NAME = 'DEMO Wildlife Management Authority (Kenya) - not a real authority';
export const DEMO_PASSPHRASE_FILE = 'demo-root-passphrase';
export const DEMO_CREDENTIALS_FILE = 'demo-credentials.txt';

/** Lower key-derivation costs, for tests only; production keeps the defaults. */
export interface DemoCosts {
  readonly passwordIterations?: number | undefined;
  readonly rootKeyLogN?: number | undefined;
}

export interface DemoCredential {
  readonly username: string;
  readonly role: Role;
  readonly password: string;
}

/** True when the directory is missing or holds nothing: the only case in which a demo is created. */
export function isEmptyDirectory(directory: string): boolean {
  return !existsSync(directory) || readdirSync(directory).length === 0;
}

/** The stored demo passphrase, or undefined when this data directory holds none. */
export async function readDemoPassphrase(dataDir: string): Promise<string | undefined> {
  const file = path.join(dataDir, DEMO_PASSPHRASE_FILE);
  return existsSync(file) ? (await readFile(file, 'utf8')).trim() : undefined;
}

/**
 * Creates the demo authority: the passphrase file first (so the key is never sealed under a passphrase that
 * was not saved), then the root key and admin, one user per other role, and generated passwords that need
 * no change at first sign-in; finally the credentials file. Both files are mode 0600 and never overwritten.
 */
export async function createDemoAuthority(db: Kysely<Database>, dataDir: string, now: Date, costs: DemoCosts = {}): Promise<DemoCredential[]> {
  const { passwordIterations, rootKeyLogN } = costs;
  const passphrase = randomBytes(24).toString('base64url');
  await writeFile(path.join(dataDir, DEMO_PASSPHRASE_FILE), `${passphrase}\n`, { mode: 0o600, flag: 'wx' });
  const { admin } = await initAuthority(db, { party: DEMO_PARTY, name: DEMO_AUTHORITY_NAME, passphrase, passwordIterations, rootKeyLogN }, now);
  const accounts = [{ user: admin.user, oneTimePassword: admin.oneTimePassword, role: 'admin' as Role }];
  for (const role of DEMO_FIELD_ROLES) {
    const added = await addUser(db, { username: role, displayName: `Demo ${role}`, roles: [role], office: 'Demo office' }, now, passwordIterations);
    accounts.push({ ...added, role });
  }
  const credentials: DemoCredential[] = [];
  for (const account of accounts) {
    const password = generateOneTimePassword();
    await changePassword(db, account.user.id, account.oneTimePassword, password, passwordIterations);
    credentials.push({ username: account.user.username, role: account.role, password });
  }
  await writeFile(path.join(dataDir, DEMO_CREDENTIALS_FILE), formatDemoCredentials(credentials), { mode: 0o600, flag: 'wx' });
  return credentials;
}

export function formatDemoCredentials(credentials: readonly DemoCredential[], url?: string): string {
  const width = Math.max(...credentials.map((credential) => credential.username.length)) + 2;
  return [
    `Hornbill demo authority: ${DEMO_AUTHORITY_NAME}. For trying Hornbill out only.`,
    `Sign in at ${url ?? 'the address `hornbill serve` prints (http://127.0.0.1:8080 by default)'} with:`,
    ...credentials.map((credential) => `  ${credential.username.padEnd(width)}${credential.password}  (${credential.role})`),
    '',
  ].join('\n');
}
