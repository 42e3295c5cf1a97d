// The stored pages of checklist downloads (0008_checklist_pages.ts): written when a version is published,
// read one row per page request. Nothing here decodes a page or reads a checklist's taxa.
import type { Kysely } from 'kysely';
import { parseBase64, toBase64 } from '../../core/crypto/base64.ts';
import { EMPTY_CHECKLIST_VERSION } from '../../core/sync/checklist.ts';
import type { Database } from '../store/database.ts';

/** A download HQ holds: the version it is a diff from and its page count. */
export interface StoredDownload {
  readonly from: string;
  readonly pages: number;
}

export async function insertChecklistPages(db: Kysely<Database>, from: string, to: string, pages: readonly Uint8Array[]): Promise<void> {
  for (const [page, gzipped] of pages.entries()) {
    await db.insertInto('checklist_pages').values({ to_version: to, from_version: from, page, pages: pages.length, gzipped: toBase64(gzipped) }).execute();
  }
}

/** Pages of the stored download from `from` to `to`, or undefined when HQ holds none. */
export async function storedPageCount(db: Kysely<Database>, from: string, to: string): Promise<number | undefined> {
  const row = await db.selectFrom('checklist_pages').select('pages')
    .where('to_version', '=', to).where('from_version', '=', from).where('page', '=', 0).executeTakeFirst();
  return row?.pages;
}

/** One stored page, gzip'd, or undefined when HQ holds no such page. */
export async function readStoredPage(db: Kysely<Database>, from: string, to: string, page: number): Promise<Uint8Array | undefined> {
  const row = await db.selectFrom('checklist_pages').select('gzipped')
    .where('to_version', '=', to).where('from_version', '=', from).where('page', '=', page).executeTakeFirst();
  if (row === undefined) return undefined;
  const gzipped = parseBase64(row.gzipped);
  if (gzipped === undefined) throw new Error(`stored checklist page ${page} from ${from} to ${to} is not base64`);
  return gzipped;
}

/**
 * The download a device holding `held` gets to `to`: from `held` when HQ stored pages from it, else the
 * whole checklist (a diff from empty); undefined when HQ holds no pages to `to`, i.e. never published it.
 */
export async function storedDownload(db: Kysely<Database>, held: string, to: string): Promise<StoredDownload | undefined> {
  const pages = await storedPageCount(db, held, to);
  if (pages !== undefined) return { from: held, pages };
  const full = held === EMPTY_CHECKLIST_VERSION ? undefined : await storedPageCount(db, EMPTY_CHECKLIST_VERSION, to);
  return full === undefined ? undefined : { from: EMPTY_CHECKLIST_VERSION, pages: full };
}
