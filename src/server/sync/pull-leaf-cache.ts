// HQ's log entries as pulls read them, kept in memory by leaf index. Under load many devices pull the same
// stretch of the log at once; from here each of them costs a walk over memory instead of queries and base64.
// A stored leaf never changes (log_entries is append-only, and pulls never read past a committed
// checkpoint), so nothing is ever invalidated: the cache only forgets its least recently used chunks.
import { Buffer } from 'node:buffer';
import type { Kysely } from 'kysely';
import type { PulledEntry } from '../../core/sync/pull.ts';
import type { Database } from '../store/database.ts';

/** Leaves per chunk: the unit of loading and of forgetting. */
export const CHUNK_LEAVES = 256;
/** Entry bytes the cache holds at most before it forgets chunks (the objects around them add about as much). */
const MAX_CACHED_BYTES = 32 * 1024 * 1024;

export interface CachedLeaf {
  /** The device that signed the entry. */
  readonly device: string;
  /** False for entries on no permit (they are never pulled). */
  readonly onPermit: boolean;
  readonly entry: PulledEntry;
}

interface Chunk {
  /** The chunk's leaves from its first on, without gaps; fewer than CHUNK_LEAVES while the log ends inside it. */
  readonly leaves: CachedLeaf[];
  bytes: number;
  loading: Promise<void> | undefined;
}

export interface PullLeafCache {
  /** By chunk number, least recently used first. */
  readonly chunks: Map<number, Chunk>;
  /** Entry bytes held, and the most it holds before forgetting chunks. */
  bytes: number;
  readonly maxBytes: number;
}

export function createPullLeafCache(maxBytes = MAX_CACHED_BYTES): PullLeafCache {
  return { chunks: new Map(), bytes: 0, maxBytes };
}

/**
 * The leaves [from, to) in order, a chunk's worth at a time; every leaf below `to` must be stored (`to` is
 * a committed checkpoint's tree size). Stop iterating early to read no further.
 */
export async function* cachedLeaves(db: Kysely<Database>, cache: PullLeafCache, from: number, to: number): AsyncGenerator<readonly CachedLeaf[]> {
  for (let start = from; start < to;) {
    const number = Math.floor(start / CHUNK_LEAVES);
    const first = number * CHUNK_LEAVES;
    const end = Math.min(to, first + CHUNK_LEAVES);
    const chunk = await loadedChunk(db, cache, number, end - first);
    yield chunk.leaves.slice(start - first, end - first);
    start = end;
  }
}

/** The chunk holding at least its first `count` leaves, read from the store as needed; marked recently used. */
async function loadedChunk(db: Kysely<Database>, cache: PullLeafCache, number: number, count: number): Promise<Chunk> {
  let chunk = cache.chunks.get(number);
  if (chunk === undefined) chunk = { leaves: [], bytes: 0, loading: undefined };
  cache.chunks.delete(number);
  cache.chunks.set(number, chunk);
  // Pulls arriving together wait for one read instead of each reading the same rows.
  while (chunk.leaves.length < count) {
    chunk.loading ??= readLeaves(db, cache, chunk, number * CHUNK_LEAVES, count).finally(() => {
      if (chunk !== undefined) chunk.loading = undefined;
    });
    await chunk.loading;
  }
  forgetPastBound(cache, number);
  return chunk;
}

async function readLeaves(db: Kysely<Database>, cache: PullLeafCache, chunk: Chunk, first: number, count: number): Promise<void> {
  const from = first + chunk.leaves.length;
  const rows = await db.selectFrom('log_entries').select(['leaf_index', 'device', 'permit', 'bytes'])
    .where('leaf_index', '>=', from).where('leaf_index', '<', first + count).orderBy('leaf_index').execute();
  for (const row of rows) {
    if (row.leaf_index !== first + chunk.leaves.length) throw new Error(`HQ log: leaf ${first + chunk.leaves.length} is missing (read leaf ${row.leaf_index})`);
    const stored = Buffer.from(row.bytes, 'base64');
    const bytes = new Uint8Array(stored.buffer, stored.byteOffset, stored.length);
    chunk.leaves.push({ device: row.device, onPermit: row.permit !== null, entry: { leafIndex: row.leaf_index, bytes } });
    chunk.bytes += bytes.length;
    cache.bytes += bytes.length;
  }
  if (chunk.leaves.length < count) throw new Error(`HQ log: leaves ${first + chunk.leaves.length}–${first + count - 1} are not stored`);
}

/** Forgets least recently used chunks while the cache holds too much, never the one in use. */
function forgetPastBound(cache: PullLeafCache, inUse: number): void {
  for (const [number, chunk] of cache.chunks) {
    if (cache.bytes <= cache.maxBytes) return;
    if (number === inUse || chunk.loading !== undefined) continue;
    cache.chunks.delete(number);
    cache.bytes -= chunk.bytes;
  }
}
