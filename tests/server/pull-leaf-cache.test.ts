import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedLeaves, CHUNK_LEAVES, createPullLeafCache, type CachedLeaf, type PullLeafCache } from '../../src/server/sync/pull-leaf-cache.ts';
import type { Database, LogEntriesTable } from '../../src/server/store/database.ts';
import { migrateToLatest } from '../../src/server/store/migrate.ts';
import type { Store } from '../../src/server/store/store.ts';
import { testEngines } from '../support/test-engines.ts';

const ENTRY_BYTES = 40;

function entryBytes(leafIndex: number): Uint8Array {
  return Uint8Array.from({ length: ENTRY_BYTES }, (_, i) => (leafIndex * 7 + i) & 0xff);
}

function row(leafIndex: number): LogEntriesTable {
  return {
    leaf_index: leafIndex,
    id: leafIndex.toString(16).padStart(64, '0'),
    device: `D${leafIndex % 3}`,
    seq: leafIndex,
    permit: leafIndex % 5 === 0 ? null : `permit-${leafIndex % 4}`,
    action: 'requested',
    actor: 'user',
    role: 'officer',
    wall_time: new Date(0).toISOString(),
    hlc: '0.0',
    bytes: Buffer.from(entryBytes(leafIndex)).toString('base64'),
    leaf_hash: Buffer.alloc(32).toString('base64'),
    received_at: new Date(0).toISOString(),
  };
}

/** The store's Kysely with a count of the queries started on it. */
function countingQueries(db: Kysely<Database>): { db: Kysely<Database>; queries: () => number } {
  let queries = 0;
  const counting = new Proxy(db, {
    get(target, property) {
      if (property === 'selectFrom') queries += 1;
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { db: counting, queries: () => queries };
}

async function read(db: Kysely<Database>, cache: PullLeafCache, from: number, to: number): Promise<CachedLeaf[]> {
  const leaves: CachedLeaf[] = [];
  for await (const chunk of cachedLeaves(db, cache, from, to)) leaves.push(...chunk);
  return leaves;
}

describe.each(testEngines())('the leaf cache of pulls on $engine', ({ skipReason, openFresh }) => {
  describe.skipIf(skipReason !== undefined)(skipReason ?? 'with a fresh database', () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let stored = 0;

    async function append(count: number): Promise<void> {
      const rows = Array.from({ length: count }, (_, i) => row(stored + i));
      for (let i = 0; i < rows.length; i += 500) await store.db.insertInto('log_entries').values(rows.slice(i, i + 500)).execute();
      stored += count;
    }

    beforeAll(async () => {
      ({ store, dispose } = await openFresh());
      await migrateToLatest(store.db);
      await append(3 * CHUNK_LEAVES + 10);
    });
    afterAll(async () => dispose());

    it('gives the leaves of a range in order with their device, permit flag and exact bytes, across chunks', async () => {
      const leaves = await read(store.db, createPullLeafCache(), 250, 3 * CHUNK_LEAVES + 5);
      expect(leaves.map((leaf) => leaf.entry.leafIndex)).toEqual(Array.from({ length: 3 * CHUNK_LEAVES + 5 - 250 }, (_, i) => 250 + i));
      for (const leaf of leaves) {
        const expected = row(leaf.entry.leafIndex);
        expect(leaf.device).toBe(expected.device);
        expect(leaf.onPermit).toBe(expected.permit !== null);
        expect([...leaf.entry.bytes]).toEqual([...entryBytes(leaf.entry.leafIndex)]);
      }
    });

    it('reads a chunk from the store once, even for pulls that arrive together, and then serves it from memory', async () => {
      const { db, queries } = countingQueries(store.db);
      const cache = createPullLeafCache();
      const together = await Promise.all(Array.from({ length: 5 }, () => read(db, cache, 0, CHUNK_LEAVES)));
      expect(queries()).toBe(1);
      expect(new Set(together.map((leaves) => leaves.length))).toEqual(new Set([CHUNK_LEAVES]));
      await read(db, cache, 10, 20);
      expect(queries()).toBe(1);
      // The same entry objects each time, so their encoded bytes are made once.
      expect((await read(db, cache, 10, 11))[0]).toBe(together[0]?.[10]);
    });

    it('extends a chunk the log ended inside once the log grows, reading only the new leaves', async () => {
      const { db, queries } = countingQueries(store.db);
      const cache = createPullLeafCache();
      const end = stored;
      expect(await read(db, cache, end - 4, end)).toHaveLength(4);
      const before = queries();
      await append(6);
      const grown = await read(db, cache, end - 4, end + 6);
      expect(grown.map((leaf) => leaf.entry.leafIndex)).toEqual(Array.from({ length: 10 }, (_, i) => end - 4 + i));
      expect(queries()).toBe(before + 1);
    });

    it('forgets the least recently used chunks past its bound and reads them again when asked', async () => {
      const { db, queries } = countingQueries(store.db);
      const chunkBytes = CHUNK_LEAVES * ENTRY_BYTES;
      const cache = createPullLeafCache(2 * chunkBytes);
      await read(db, cache, 0, CHUNK_LEAVES);
      await read(db, cache, CHUNK_LEAVES, 2 * CHUNK_LEAVES);
      await read(db, cache, 0, 1); // chunk 0 is now the most recently used
      await read(db, cache, 2 * CHUNK_LEAVES, 3 * CHUNK_LEAVES);
      expect(cache.bytes).toBeLessThanOrEqual(2 * chunkBytes);
      expect([...cache.chunks.keys()]).toEqual([0, 2]);
      const before = queries();
      await read(db, cache, 0, 1);
      expect(queries()).toBe(before);
      await read(db, cache, CHUNK_LEAVES, CHUNK_LEAVES + 1);
      expect(queries()).toBe(before + 1);
    });

    it('refuses a range reaching past the stored leaves, naming them, and holds nothing of it', async () => {
      const cache = createPullLeafCache();
      await expect(read(store.db, cache, stored - 2, stored + 3)).rejects.toThrow(`leaves ${stored}–${stored + 2} are not stored`);
      const again = await read(store.db, cache, stored - 2, stored);
      expect(again.map((leaf) => leaf.entry.leafIndex)).toEqual([stored - 2, stored - 1]);
    });
  });
});
