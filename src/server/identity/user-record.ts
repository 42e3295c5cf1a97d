import { z } from 'zod';
import { ROLES, type Role } from '../../core/permit/transition-roles.ts';
import type { UsersTable } from '../store/database.ts';

/** Lower-case letters, digits and . _ - ; 2 to 64 characters, starting with a letter or digit. */
export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, 'a username is 2-64 characters: letters, digits, . _ -, starting with a letter or digit');
export const displayNameSchema = z.string().trim().min(1, 'a name is required').max(200);
export const rolesSchema = z.array(z.enum(ROLES)).min(1, 'at least one role is required').transform((roles) => [...new Set(roles)].sort());
export const officeSchema = z.string().trim().min(1).max(200);

/** A user as the API and the CLI show it: never the password hash. */
export interface User {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly Role[];
  readonly office: string | null;
  readonly mustChangePassword: boolean;
  readonly createdAt: string;
  readonly removedAt: string | null;
  readonly removalReason: string | null;
}

const storedRolesSchema = z.array(z.enum(ROLES));

export function userFromRow(row: Omit<UsersTable, 'password_hash'>): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    roles: storedRolesSchema.parse(row.roles.split(',')),
    office: row.office,
    mustChangePassword: row.must_change_password === 1,
    createdAt: row.created_at,
    removedAt: row.removed_at,
    removalReason: row.removal_reason,
  };
}

export function rolesColumn(roles: readonly Role[]): string {
  return roles.join(',');
}

export const userColumns = [
  'id',
  'username',
  'display_name',
  'roles',
  'office',
  'must_change_password',
  'created_at',
  'removed_at',
  'removal_reason',
] as const;
