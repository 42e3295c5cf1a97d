// One page of a checklist download (docs/sync-protocol.md §Checklist), after the request was authenticated:
// one stored row, read as HQ stored it when it published `to` (checklist-downloads.ts). A `from` HQ holds no
// pages from is answered from the full download, as the descriptor said. A version HQ never published as
// `to`, or a page past the last, is the client's error (400): nothing is stored either way, the route only reads.
import type { Kysely } from 'kysely';
import type { SyncRequest } from '../../core/sync/signed-request.ts';
import type { Database } from '../store/database.ts';
import { readStoredPage, storedDownload } from './checklist-pages.ts';
import { syncFailure, type SyncFailure } from './sync-failure.ts';

export type ChecklistPageRequest = Extract<SyncRequest, { kind: 'checklist' }>;

export interface ChecklistPageAnswer {
  readonly ok: true;
  /** The page's CBOR answer, gzip'd. */
  readonly gzipped: Uint8Array;
}

export async function handleChecklistPage(db: Kysely<Database>, request: ChecklistPageRequest): Promise<ChecklistPageAnswer | SyncFailure> {
  const { from, to, page } = request.checklist;
  const stored = await readStoredPage(db, from, to, page);
  if (stored !== undefined) return { ok: true, gzipped: stored };
  // Not a stored page as asked: find which download the device was told of, to answer or to say why not.
  const download = await storedDownload(db, from, to);
  if (download === undefined) return syncFailure('sync.malformed', `HQ has published no checklist ${to}`);
  const gzipped = page < download.pages ? await readStoredPage(db, download.from, to, page) : undefined;
  if (gzipped === undefined) return syncFailure('sync.malformed', `page ${page} is past the last page (${download.pages - 1}) of the checklist download to ${to}`);
  return { ok: true, gzipped };
}
