// Published checklists at HQ (0006_checklists.ts): publish a version when its content differs from the
// newest, with the pages of the downloads devices will ask for (checklist-downloads.ts), and list them.
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Kysely } from 'kysely';
import { toBase64 } from '../../core/crypto/base64.ts';
import type { Checklist } from '../../core/species/checklist-version.ts';
import type { Database } from '../store/database.ts';
import { retryOnConflict } from '../store/retry-on-conflict.ts';
import { storeTaxonNames } from '../hq/hq-checklist-names.ts';
import { buildChecklistDownloads, storeChecklistDownloads, type StoredDownloadInfo } from './checklist-downloads.ts';

const gzipAsync = promisify(gzip);

/** A published checklist without its taxa. */
export interface ChecklistVersionInfo {
  readonly number: number;
  readonly version: string;
  readonly publishedAt: Date;
  readonly taxa: number;
}

export type PublishOutcome =
  | { readonly published: true; readonly info: ChecklistVersionInfo; readonly downloads: readonly StoredDownloadInfo[] }
  | { readonly published: false; readonly newest: ChecklistVersionInfo };

function infoOf(row: { number: number; version: string; published_at: string; taxa_count: number }): ChecklistVersionInfo {
  return { number: row.number, version: row.version, publishedAt: new Date(row.published_at), taxa: row.taxa_count };
}

/** HQ's newest published checklist, or undefined before the first publication. */
export async function newestChecklistInfo(db: Kysely<Database>): Promise<ChecklistVersionInfo | undefined> {
  const row = await db.selectFrom('checklist_versions').select(['number', 'version', 'published_at', 'taxa_count'])
    .orderBy('number', 'desc').limit(1).executeTakeFirst();
  return row === undefined ? undefined : infoOf(row);
}

/** Every publication, newest first. */
export async function listChecklistVersions(db: Kysely<Database>): Promise<ChecklistVersionInfo[]> {
  const rows = await db.selectFrom('checklist_versions').select(['number', 'version', 'published_at', 'taxa_count'])
    .orderBy('number', 'desc').execute();
  return rows.map(infoOf);
}

/**
 * Publishes `checklist` as the newest version unless the newest already has its content, and stores its
 * downloads in the same transaction: devices are never told of a version whose pages HQ lacks. Two
 * publishers at once both pick the next number; the loser's transaction hits the primary key (or, on SQLite,
 * a snapshot another process wrote past) and runs again. Building the pages takes seconds for a full export:
 * it is done before the first write, so the writes hold their locks for milliseconds.
 */
export async function publishChecklist(db: Kysely<Database>, checklist: Checklist, now: Date): Promise<PublishOutcome> {
  const taxa = toBase64(new Uint8Array(await gzipAsync(JSON.stringify(checklist.taxa))));
  return retryOnConflict(() => db.transaction().execute(async (trx) => {
    const newest = await newestChecklistInfo(trx);
    if (newest?.version === checklist.version) return { published: false, newest };
    const number = (newest?.number ?? 0) + 1;
    const built = await buildChecklistDownloads(trx, checklist, number);
    const row = { number, version: checklist.version, published_at: now.toISOString(), taxa_count: checklist.taxa.length, taxa };
    await trx.insertInto('checklist_versions').values(row).execute();
    await storeTaxonNames(trx, number, checklist.taxa);
    const downloads = await storeChecklistDownloads(trx, checklist.version, built);
    return { published: true, info: infoOf(row), downloads };
  }));
}
