// The pages of a checklist download (docs/sync-protocol.md §Checklist), computed once per (from, to) and kept
// in memory: diffing two full Species+ checklists costs seconds, and a device asks for a hundred pages of
// the same diff, as do all the devices holding the same version. Pages are kept gzip'd (a full download is
// ~3.5 MB so, ~100 MB not) and sent as they are. The cache lives beside the database handle, one per process;
// every process cuts the same pages, since the split depends on the diff alone.
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Kysely } from 'kysely';
import { encodeCbor } from '../../core/crypto/cbor.ts';
import { diffChecklists, makeChecklist, type Checklist } from '../../core/species/checklist-version.ts';
import { EMPTY_CHECKLIST_VERSION, splitChecklistDiff, type ChecklistPage } from '../../core/sync/checklist.ts';
import { PROTOCOL_VERSION } from '../../core/sync/wire-types.ts';
import type { Database } from '../store/database.ts';
import { readPublishedChecklist } from './checklist-store.ts';

const gzipAsync = promisify(gzip);

/** Downloads kept per process: the few versions devices hold at once (bundled, previous, current). */
const MAX_CACHED_DOWNLOADS = 4;

export interface ChecklistDownload {
  /** The version the diff is from: the one asked for, or EMPTY_CHECKLIST_VERSION when HQ does not know it. */
  readonly from: string;
  readonly to: string;
  /** Each page's answer, deterministic CBOR (checklistPageSchema), gzip'd. */
  readonly pages: readonly Uint8Array[];
}

type DownloadCache = Map<string, Promise<ChecklistDownload | undefined>>;

const caches = new WeakMap<Kysely<Database>, DownloadCache>();

function cacheOf(db: Kysely<Database>): DownloadCache {
  let cache = caches.get(db);
  if (cache === undefined) {
    cache = new Map();
    caches.set(db, cache);
  }
  return cache;
}

async function isPublished(db: Kysely<Database>, version: string): Promise<boolean> {
  return (await db.selectFrom('checklist_versions').select('number').where('version', '=', version).limit(1).executeTakeFirst()) !== undefined;
}

async function computeDownload(db: Kysely<Database>, from: string, to: string): Promise<ChecklistDownload | undefined> {
  const target = await readPublishedChecklist(db, to);
  if (target === undefined) return undefined;
  const base: Checklist = from === EMPTY_CHECKLIST_VERSION ? await makeChecklist([]) : ((await readPublishedChecklist(db, from)) ?? (await makeChecklist([])));
  const contents = splitChecklistDiff(diffChecklists(base, target));
  const pages: Uint8Array[] = [];
  for (const [page, content] of contents.entries()) {
    // The taxa come from validated checklists: encoded directly, without a second schema pass over them.
    const message: ChecklistPage = { v: PROTOCOL_VERSION, from: base.version, to, page, pages: contents.length, removedIds: [...content.removedIds], upserted: [...content.upserted] };
    // Async gzip runs on the thread pool, so other requests are served between pages.
    pages.push(new Uint8Array(await gzipAsync(encodeCbor(message))));
  }
  return { from: base.version, to, pages };
}

/**
 * The pages of the diff from `from` to the published version `to`, or undefined when HQ never published
 * `to`. A `from` HQ does not know gives the whole checklist (a diff from empty).
 */
export async function checklistDownload(db: Kysely<Database>, from: string, to: string): Promise<ChecklistDownload | undefined> {
  const effectiveFrom = from !== EMPTY_CHECKLIST_VERSION && (await isPublished(db, from)) ? from : EMPTY_CHECKLIST_VERSION;
  const key = `${effectiveFrom}>${to}`;
  const cache = cacheOf(db);
  let download = cache.get(key);
  if (download === undefined) {
    download = computeDownload(db, effectiveFrom, to);
    download.catch(() => cache.delete(key)); // a failure is tried again by the next request
  }
  cache.delete(key); // re-inserted last: the map's order is least recently used first
  cache.set(key, download);
  for (const oldest of cache.keys()) {
    if (cache.size <= MAX_CACHED_DOWNLOADS) break;
    cache.delete(oldest);
  }
  return download;
}
