import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '../../src/core/permit/transition-roles.ts';
import { startHq, type RunningHq } from './hq-process.ts';
import { cliEnvironment, runCli } from './run-cli.ts';

const passphrase = 'e2e root key passphrase';

export interface HqWithUsers {
  readonly hq: RunningHq;
  /** Each user's one-time password, by username ('admin' is the first administrator). */
  readonly oneTimePasswords: Readonly<Record<string, string>>;
}

function oneTimePasswordIn(output: string): string {
  const password = /One-time password[^:]*: (\S+)/.exec(output)?.[1];
  if (password === undefined) throw new Error(`no one-time password in:\n${output}`);
  return password;
}

/**
 * The production path, by the CLI: `authority init` and `user add` in a fresh DATA_DIR, then `serve` with the
 * root passphrase so it can sign certificates. startHq removes DATA_DIR when it stops.
 */
export async function startHqWithUsers(users: readonly { username: string; roles: readonly Role[] }[]): Promise<HqWithUsers> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hornbill-e2e-identity-'));
  const env = cliEnvironment({ DATA_DIR: dataDir, HORNBILL_ROOT_PASSPHRASE: passphrase });
  const init = await runCli(['authority', 'init', '--party', 'KE', '--name', 'Kenya Wildlife Service'], env);
  if (init.code !== 0) throw new Error(`authority init failed:\n${init.stdout}${init.stderr}`);
  const oneTimePasswords: Record<string, string> = { admin: oneTimePasswordIn(init.stdout) };
  for (const user of users) {
    const added = await runCli(['user', 'add', '--username', user.username, '--name', `Officer ${user.username}`, '--roles', user.roles.join(',')], env);
    if (added.code !== 0) throw new Error(`user add failed:\n${added.stdout}${added.stderr}`);
    oneTimePasswords[user.username] = oneTimePasswordIn(added.stdout);
  }
  const hq = await startHq({ DATA_DIR: dataDir, HORNBILL_ROOT_PASSPHRASE: passphrase });
  return { hq, oneTimePasswords };
}
