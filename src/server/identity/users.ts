import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Role } from '../../core/permit/transition-roles.ts';
import type { Database } from '../store/database.ts';
import { identityError } from './identity-error.ts';
import { generateOneTimePassword } from './one-time-password.ts';
import { hashPassword, verifyPassword } from './password-hash.ts';
import { passwordProblem } from './password-policy.ts';
import { rolesColumn, userColumns, userFromRow, usernameSchema, type User } from './user-record.ts';

export interface NewUser {
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly Role[];
  readonly office?: string | null | undefined;
}

export interface AddedUser {
  readonly user: User;
  /** Shown once to whoever added the user; never stored (only its hash is), never logged. */
  readonly oneTimePassword: string;
}

/** Adds a user with a one-time password that must be changed at first sign-in. */
export async function addUser(db: Kysely<Database>, input: NewUser, now: Date, passwordIterations?: number): Promise<AddedUser> {
  const username = usernameSchema.safeParse(input.username);
  if (!username.success) throw identityError('invalid_username', username.error.issues[0]?.message ?? 'invalid username');
  const taken = await db.selectFrom('users').select('id').where('username', '=', username.data).executeTakeFirst();
  if (taken !== undefined) throw identityError('username_taken', `the username '${username.data}' is taken`);
  const oneTimePassword = generateOneTimePassword();
  const row = {
    id: randomUUID(),
    username: username.data,
    display_name: input.displayName,
    roles: rolesColumn(input.roles),
    office: input.office ?? null,
    password_hash: await hashPassword(oneTimePassword, passwordIterations),
    must_change_password: 1,
    created_at: now.toISOString(),
    removed_at: null,
    removal_reason: null,
  };
  await db.insertInto('users').values(row).execute();
  return { user: userFromRow(row), oneTimePassword };
}

export async function listUsers(db: Kysely<Database>): Promise<User[]> {
  const rows = await db.selectFrom('users').select(userColumns).orderBy('username').execute();
  return rows.map(userFromRow);
}

export async function findUserById(db: Kysely<Database>, id: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').select(userColumns).where('id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : userFromRow(row);
}

export async function findUserByUsername(db: Kysely<Database>, username: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').select(userColumns).where('username', '=', username.trim().toLowerCase()).executeTakeFirst();
  return row === undefined ? undefined : userFromRow(row);
}

export interface UserChanges {
  readonly displayName?: string | undefined;
  readonly roles?: readonly Role[] | undefined;
  readonly office?: string | null | undefined;
}

/** Changes name, roles or office of a user who has not been removed. */
export async function updateUser(db: Kysely<Database>, id: string, changes: UserChanges): Promise<User> {
  const existing = await findUserById(db, id);
  if (existing === undefined) throw identityError('user_not_found', `no user with id ${id}`);
  if (existing.removedAt !== null) throw identityError('user_removed', `user '${existing.username}' has been removed`);
  await db
    .updateTable('users')
    .set({
      ...(changes.displayName === undefined ? {} : { display_name: changes.displayName }),
      ...(changes.roles === undefined ? {} : { roles: rolesColumn(changes.roles) }),
      ...(changes.office === undefined ? {} : { office: changes.office }),
    })
    .where('id', '=', id)
    .execute();
  const updated = await findUserById(db, id);
  if (updated === undefined) throw identityError('user_not_found', `no user with id ${id}`);
  return updated;
}

/** Replaces a password after checking the current one and the policy; clears the must-change flag. */
export async function changePassword(
  db: Kysely<Database>,
  userId: string,
  currentPassword: string,
  newPassword: string,
  passwordIterations?: number,
): Promise<void> {
  const row = await db.selectFrom('users').select(['username', 'password_hash']).where('id', '=', userId).where('removed_at', 'is', null).executeTakeFirst();
  if (row === undefined) throw identityError('user_not_found', 'no such user');
  if (!(await verifyPassword(currentPassword, row.password_hash))) throw identityError('wrong_password', 'the current password is wrong');
  const problem = passwordProblem(newPassword, row.username);
  if (problem !== undefined) throw identityError('weak_password', problem);
  if (newPassword === currentPassword) throw identityError('weak_password', 'the new password must differ from the current one');
  await db
    .updateTable('users')
    .set({ password_hash: await hashPassword(newPassword, passwordIterations), must_change_password: 0 })
    .where('id', '=', userId)
    .execute();
}
