// The signed documents, user changes and quota shares a pull carries besides entries (docs/sync-protocol.md §Pull).
import type { Kysely } from 'kysely';
import { parseBase64 } from '../../core/crypto/base64.ts';
import { latestTrustList } from '../identity/trust-publisher.ts';
import { pulledQuotaShareSchema, type PulledQuotaShares } from '../../core/sync/pull.ts';
import type { Database } from '../store/database.ts';
import { quotaShareVersion } from '../hq/quota-share-version.ts';

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

/** The device's whole set of quota shares when HQ's version of it is newer than the device's, else null. */
export async function newerQuotaShares(db: Kysely<Database>, device: string, heldVersion: number): Promise<PulledQuotaShares | null> {
  // Version first: a change committed between the two reads sends its shares under the older version, and the
  // next pull sends them again under the newer one, so the device never keeps a stale set.
  const version = await quotaShareVersion(db, device);
  if (version <= heldVersion) return null;
  const rows = await db.selectFrom('quota_shares').select(['taxon_id', 'year', 'amount', 'unit'])
    .where('device', '=', device).orderBy('year').orderBy('taxon_id').execute();
  const shares = rows.map((row) => pulledQuotaShareSchema.parse({ taxonId: row.taxon_id, year: row.year, amount: Number(row.amount), unit: row.unit }));
  return { version, shares };
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
