// The checklist downloads HQ stores when it publishes a version (docs/sync-protocol.md §Checklist), so that
// a page request reads one stored row: diffing two full Species+ checklists costs seconds, which belong to
// the offline publish rather than to HQ's event loop on a device's first request.
//
// Stored downloads to a new version: the full one (from the empty checklist: new devices, and any device
// holding a version HQ has no pages from), and diffs from the two previous publications. A device syncing
// at least once between publications holds the previous one; the one before covers a device that missed a
// publication (a tablet left in a drawer through an amendment cycle). Older holders get the full download,
// ~3.6 MB gzip'd for the real export; each further base would cost the publish another read and diff of a
// whole checklist (reading the real export's back whole takes ~4 s) and store pages few devices ask for.
import type { Kysely } from 'kysely';
import { makeChecklist, type Checklist } from '../../core/species/checklist-version.ts';
import { EMPTY_CHECKLIST_VERSION } from '../../core/sync/checklist.ts';
import type { Database } from '../store/database.ts';
import { buildChecklistPages } from './checklist-page-builder.ts';
import { insertChecklistPages, storedPageCount } from './checklist-pages.ts';
import { readPublishedChecklist } from './checklist-read.ts';

/** Previous publications whose holders get a diff rather than the full download (see above). */
const PREVIOUS_VERSIONS_DIFFED = 2;

/** A download stored by a publish. */
export interface StoredDownloadInfo {
  /** The version it is a diff from: EMPTY_CHECKLIST_VERSION for the full download. */
  readonly from: string;
  /** The publication of `from`; undefined for the full download. */
  readonly fromNumber: number | undefined;
  readonly pages: number;
  /** The pages' gzip'd bytes, as served. */
  readonly bytes: number;
}

/** A version a download is stored from, with the publication that made it (none for the empty checklist). */
interface DownloadBase {
  readonly version: string;
  readonly number: number | undefined;
}

/** The versions downloads to `to` are stored from: empty first, then the publications numbered below `publishedBefore`. */
async function downloadBases(db: Kysely<Database>, to: string, publishedBefore: number): Promise<DownloadBase[]> {
  const rows = await db.selectFrom('checklist_versions').select(['number', 'version'])
    .where('number', '<', publishedBefore).orderBy('number', 'desc').limit(PREVIOUS_VERSIONS_DIFFED).execute();
  const bases: DownloadBase[] = [{ version: EMPTY_CHECKLIST_VERSION, number: undefined }];
  // A revert can make an earlier publication `to` itself, or two the same: a device holding `to` needs nothing.
  for (const row of rows) if (row.version !== to && bases.every((base) => base.version !== row.version)) bases.push(row);
  return bases;
}

/** A download built for a publish, to be stored in its transaction. */
export interface BuiltDownload {
  readonly from: DownloadBase;
  readonly pages: readonly Uint8Array[];
}

/**
 * Builds the downloads to `target`, to be published as number `published`, that HQ does not hold yet (the
 * same content published again keeps the pages stored then). Only reads: on SQLite a transaction takes the
 * write lock at its first write, so building before any insert keeps other HQ processes writing meanwhile.
 */
export async function buildChecklistDownloads(db: Kysely<Database>, target: Checklist, published: number): Promise<BuiltDownload[]> {
  const built: BuiltDownload[] = [];
  for (const from of await downloadBases(db, target.version, published)) {
    if ((await storedPageCount(db, from.version, target.version)) !== undefined) continue;
    const base = from.number === undefined ? await makeChecklist([]) : await readPublishedChecklist(db, from.version);
    if (base === undefined) throw new Error(`checklist ${from.version} was published but cannot be read back`);
    built.push({ from, pages: await buildChecklistPages(base, target) });
  }
  return built;
}

/** Stores built downloads to `to`; call in the publication's transaction. */
export async function storeChecklistDownloads(db: Kysely<Database>, to: string, built: readonly BuiltDownload[]): Promise<StoredDownloadInfo[]> {
  for (const { from, pages } of built) await insertChecklistPages(db, from.version, to, pages);
  return built.map(({ from, pages }) => ({ from: from.version, fromNumber: from.number, pages: pages.length, bytes: pages.reduce((sum, page) => sum + page.length, 0) }));
}

/** Stores the downloads to HQ's newest published version, if any (for versions published before pages were stored). */
export async function storeNewestChecklistDownloads(db: Kysely<Database>): Promise<void> {
  const newest = await db.selectFrom('checklist_versions').select(['number', 'version']).orderBy('number', 'desc').limit(1).executeTakeFirst();
  if (newest === undefined) return;
  const target = await readPublishedChecklist(db, newest.version);
  if (target === undefined) throw new Error(`checklist ${newest.number} cannot be read back`);
  await storeChecklistDownloads(db, target.version, await buildChecklistDownloads(db, target, newest.number));
}
