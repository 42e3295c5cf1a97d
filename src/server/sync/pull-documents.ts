// The signed documents, user changes, quota shares and checklist descriptor a pull carries besides entries
// (docs/sync-protocol.md §Pull).
import type { Kysely } from 'kysely';
import { parseBase64 } from '../../core/crypto/base64.ts';
import { trustListNewerThan } from '../identity/trust-publisher.ts';
import type { ChecklistDescriptor } from '../../core/sync/checklist.ts';
import { pulledQuotaShareSchema, type PulledQuotaShares } from '../../core/sync/pull.ts';
import type { Database } from '../store/database.ts';
import { quotaShareVersion } from '../hq/quota-share-version.ts';
import { storedDownload } from './checklist-pages.ts';
import { newestChecklistInfo } from './checklist-store.ts';

/** The newest signed trust list when it is newer than the device's, else null. */
export async function newerTrustList(db: Kysely<Database>, heldVersion: number): Promise<Uint8Array | null> {
  return (await trustListNewerThan(db, heldVersion))?.signed ?? null;
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

/**
 * HQ's newest published checklist when the device named another version, else null (also for a device
 * that names none: it does not take checklist updates). The download is the one stored from the device's
 * version when HQ stored one, else the full one; both were stored when the newest was published.
 */
export async function newerChecklist(db: Kysely<Database>, heldVersion: string | undefined): Promise<ChecklistDescriptor | null> {
  if (heldVersion === undefined) return null;
  const newest = await newestChecklistInfo(db);
  if (newest === undefined || newest.version === heldVersion) return null;
  const download = await storedDownload(db, heldVersion, newest.version);
  if (download === undefined) throw new Error(`checklist ${newest.version} was published without its pages`);
  return { version: newest.version, from: download.from, taxa: newest.taxa, publishedAt: newest.publishedAt.getTime(), pages: download.pages };
}
