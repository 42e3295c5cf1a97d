import type { z } from 'zod';
import { unlockRootKey } from '../../identity/authority.ts';
import { identityError } from '../../identity/identity-error.ts';
import { removeUser } from '../../identity/remove-user.ts';
import { displayNameSchema, officeSchema, rolesSchema } from '../../identity/user-record.ts';
import { addUser, findUserByUsername, listUsers } from '../../identity/users.ts';
import type { Store } from '../../store/store.ts';
import { parseCommandLine } from '../parse-command-line.ts';
import { readRootPassphrase } from '../root-passphrase.ts';
import { exactOperands, required, subcommand } from '../subcommand.ts';
import { usageError } from '../usage-error.ts';
import { withStore } from '../with-store.ts';

/** `hornbill user add|remove|list`. */
export async function run(args: readonly string[]): Promise<number> {
  const { verb, rest } = subcommand('user', args, ['add', 'remove', 'list']);
  if (verb === 'add') return add(rest);
  if (verb === 'remove') return remove(rest);
  parseCommandLine(rest, {});
  return withStore(async (store) => {
    for (const user of await listUsers(store.db)) process.stdout.write(`${JSON.stringify(user)}\n`);
    return 0;
  });
}

function checked<T>(schema: z.ZodType<T>, value: unknown, option: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw usageError(`${option}: ${result.error.issues[0]?.message ?? 'invalid'}`);
  return result.data;
}

async function add(args: readonly string[]): Promise<number> {
  const { values } = parseCommandLine(args, {
    username: { type: 'string' },
    name: { type: 'string' },
    roles: { type: 'string' },
    office: { type: 'string' },
  });
  const input = {
    username: required(values.username, '--username'),
    displayName: checked(displayNameSchema, required(values.name, '--name'), '--name'),
    roles: checked(rolesSchema, required(values.roles, '--roles').split(',').map((role) => role.trim()), '--roles'),
    office: values.office === undefined ? null : checked(officeSchema, values.office, '--office'),
  };
  return withStore(async (store) => {
    const { user, oneTimePassword } = await addUser(store.db, input, new Date());
    process.stdout.write(`User ${user.username} added (id ${user.id}, roles ${user.roles.join(',')}).\n`);
    process.stdout.write(`One-time password (shown once; it must be changed at first sign-in): ${oneTimePassword}\n`);
    return 0;
  });
}

async function remove(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(args, { reason: { type: 'string' } }, true);
  const [username = ''] = exactOperands(positionals, ['USERNAME'], 'hornbill user remove USERNAME [--reason "…"]');
  const reason = values.reason?.trim() || 'removed by an administrator';
  return withStore(async (store: Store) => {
    const user = await findUserByUsername(store.db, username);
    if (user === undefined) throw identityError('user_not_found', `no user '${username}'`);
    const signer = await unlockRootKey(store.db, await readRootPassphrase({ confirm: false }));
    const removed = await removeUser(store.db, signer, user.id, reason, new Date());
    process.stdout.write(
      `User ${removed.user.username} removed: ${removed.revokedKids.length} key(s) revoked, sessions ended, ` +
        `trust list version ${removed.trustListVersion} published, notice ${removed.noticeId} queued for the CITES Secretariat.\n`,
    );
    return 0;
  });
}
