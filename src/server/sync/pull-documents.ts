// The signed documents and user changes a pull carries besides entries (docs/sync-protocol.md §Pull).
import type { Kysely } from 'kysely';
import { parseBase64 } from '../../core/crypto/base64.ts';
import { latestTrustList } from '../identity/trust-publisher.ts';
import type { Database } from '../store/database.ts';

/** The newest signed trust list when it is newer than the device's, else null. */
export async function newerTrustList(db: Kysely<Database>, heldVersion: number): Promise<Uint8Array | null> {
  const latest = await latestTrustList(db);
  return latest !== undefined && latest.version > heldVersion ? latest.signed : null;
}

/** The newest signed status list when it is newer than the device's, else null. */
export async function newerStatusList(db: Kysely<Database>, heldVersion: number): Promise<Uint8Array | null> {
  const row = await db.selectFrom('status_list_versions').select(['version', 'signed'])
    .where('version', '>', heldVersion).orderBy('version', 'desc').limit(1).executeTakeFirst();
  if (row === undefined) return null;
  const signed = parseBase64(row.signed);
  if (signed === undefined) throw new Error(`stored status list ${row.version} is not base64`);
  return signed;
}

export interface DeviceUser {
  readonly id: string;
  readonly removedAt: number | null;
}

/** The users holding key certificates for the device, with their removal time: removed users are signed out there. */
export async function usersOfDevice(db: Kysely<Database>, device: string): Promise<DeviceUser[]> {
  const rows = await db.selectFrom('users')
    .select(['users.id', 'users.removed_at'])
    .where('users.id', 'in', db.selectFrom('key_certificates').select('key_certificates.user_id').where('key_certificates.device', '=', device))
    .orderBy('users.id').execute();
  return rows.map((row) => ({ id: row.id, removedAt: row.removed_at === null ? null : Date.parse(row.removed_at) }));
}
