import type { HornbillDb } from '../db/database.ts';
import { accountRecordSchema, noFailedAttempts, type AccountRecord, type FailedAttempts } from './account-record.ts';

/** HQ compares usernames trimmed and lower-cased; so does the device. */
export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

/** The account enrolled on this device under that username, or undefined (none, or a record that fails validation). */
export async function findAccount(db: HornbillDb, username: string): Promise<AccountRecord | undefined> {
  const parsed = accountRecordSchema.safeParse(await db.accounts.where('username').equals(normaliseUsername(username)).first());
  return parsed.success ? parsed.data : undefined;
}

export async function recordFailedAttempts(db: HornbillDb, userId: string, failedAttempts: FailedAttempts): Promise<void> {
  await db.accounts.update(userId, { failedAttempts });
}

export async function clearFailedAttempts(db: HornbillDb, userId: string): Promise<void> {
  await db.accounts.update(userId, { failedAttempts: noFailedAttempts });
}
