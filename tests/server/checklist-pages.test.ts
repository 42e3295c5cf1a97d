// The pages of checklist downloads HQ stores when it publishes a version (0008_checklist_pages.ts,
// server/sync/checklist-downloads.ts), on both engines: which downloads a publish stores, that a failed
// publish stores neither version nor pages, that a page request reads one stored row and never a
// checklist's taxa, that an old version beyond the stored diffs gets the full download, and that versions
// published before the migration get their pages from it.
import { promisify } from 'node:util';
import { gunzipSync, gzip } from 'node:zlib';
import { Migrator, sql, type Kysely } from 'kysely';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toBase64 } from '../../src/core/crypto/base64.ts';
import { makeChecklist, type Checklist } from '../../src/core/species/checklist-version.ts';
import { checklistPageSchema, EMPTY_CHECKLIST_VERSION } from '../../src/core/sync/checklist.ts';
import type { SyncRequest } from '../../src/core/sync/signed-request.ts';
import { decodeSyncMessage } from '../../src/core/sync/wire.ts';
import type { Database } from '../../src/server/store/database.ts';
import { migrateToLatest } from '../../src/server/store/migrate.ts';
import { migrationProvider } from '../../src/server/store/migrations/index.ts';
import type { Store } from '../../src/server/store/store.ts';
import { handleChecklistPage } from '../../src/server/sync/checklist-page-request.ts';
import { publishChecklist } from '../../src/server/sync/checklist-store.ts';
import { newerChecklist } from '../../src/server/sync/pull-documents.ts';
import { syntheticChecklist } from '../support/synthetic-checklist.ts';
import { testEngines, type FreshStore } from '../support/test-engines.ts';

const NOW = new Date('2026-11-26T09:00:00.000Z');
// ~443 bytes of JSON each: 6,000 taxa make a full download of three pages.
const taxa = syntheticChecklist(6_000, 11);

/** The (from → to) downloads HQ holds pages of, as `from>to` pairs, sorted. */
async function storedDownloads(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('checklist_pages').select(['from_version', 'to_version']).where('page', '=', 0).execute();
  return rows.map((row) => `${row.from_version}>${row.to_version}`).sort();
}

function pair(from: Checklist | string, to: Checklist): string {
  return `${typeof from === 'string' ? from : from.version}>${to.version}`;
}

/** The store's Kysely, recording the table each query it starts reads from. */
function recordingReads(db: Kysely<Database>): { db: Kysely<Database>; tables: string[] } {
  const tables: string[] = [];
  const recording = new Proxy(db, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]): unknown => {
        if (property === 'selectFrom') tables.push(String(args[0]));
        return Reflect.apply(value, target, args) as unknown;
      };
    },
  });
  return { db: recording, tables };
}

function pageRequest(from: string, to: string, page: number): Extract<SyncRequest, { kind: 'checklist' }> {
  return { v: 1, device: 'T3F', nonce: new Uint8Array(16), sentAt: NOW.getTime(), pending: 0, kind: 'checklist', checklist: { from, to, page } };
}

/** A trigger refusing to store page 1 of any download: a publish that fails after its first writes. */
async function refusePageOne(store: Store): Promise<void> {
  if (store.engine === 'postgres') {
    await sql`CREATE FUNCTION test_refuse_page_one() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.page = 1 THEN RAISE EXCEPTION 'forced: page 1 refused'; END IF; RETURN NEW; END $$`.execute(store.db);
    await sql`CREATE TRIGGER test_refuse_page_one BEFORE INSERT ON checklist_pages FOR EACH ROW EXECUTE FUNCTION test_refuse_page_one()`.execute(store.db);
  } else {
    await sql`CREATE TRIGGER test_refuse_page_one BEFORE INSERT ON checklist_pages WHEN NEW.page = 1
      BEGIN SELECT RAISE(ABORT, 'forced: page 1 refused'); END`.execute(store.db);
  }
}

describe.each(testEngines())('stored checklist pages on $engine', ({ skipReason, openFresh }) => {
  describe.skipIf(skipReason !== undefined)(skipReason ?? 'with a fresh database', () => {
    let fresh: FreshStore;
    let db: Kysely<Database>;
    // Four successive publications: one page of taxa or so each, then 6,000 taxa (a full download of three pages).
    let versions: Checklist[];

    beforeAll(async () => {
      versions = [
        await makeChecklist(taxa.slice(0, 2_000)),
        await makeChecklist(taxa.slice(0, 2_200)),
        await makeChecklist(taxa.slice(100, 2_300)),
        await makeChecklist(taxa),
      ];
    });
    beforeEach(async () => {
      fresh = await openFresh();
      db = fresh.store.db;
    });
    afterEach(() => fresh.dispose());

    function version(index: number): Checklist {
      const checklist = versions[index];
      if (checklist === undefined) throw new Error(`no version ${index}`);
      return checklist;
    }

    it('stores, with each version, the full download and the diffs from the two previous publications', async () => {
      await migrateToLatest(db);
      const [v1, v2, v3, v4] = [version(0), version(1), version(2), version(3)];
      const first = await publishChecklist(db, v1, NOW);
      expect(first.published && first.downloads.map((download) => [download.fromNumber, download.pages])).toEqual([[undefined, 1]]);
      await publishChecklist(db, v2, NOW);
      await publishChecklist(db, v3, NOW);
      const fourth = await publishChecklist(db, v4, NOW);
      expect(fourth.published && fourth.downloads.map((download) => [download.from, download.fromNumber, download.pages])).toEqual([
        [EMPTY_CHECKLIST_VERSION, undefined, 3], [v3.version, 3, 2], [v2.version, 2, 2],
      ]);
      expect(await storedDownloads(db)).toEqual([
        pair(EMPTY_CHECKLIST_VERSION, v1), pair(EMPTY_CHECKLIST_VERSION, v2), pair(EMPTY_CHECKLIST_VERSION, v3), pair(EMPTY_CHECKLIST_VERSION, v4),
        pair(v1, v2), pair(v1, v3), pair(v2, v3), pair(v2, v4), pair(v3, v4),
      ].sort());

      // A device holding a version two publications back gets a diff; three back, the full download.
      expect(await newerChecklist(db, v2.version)).toMatchObject({ version: v4.version, from: v2.version, pages: 2 });
      expect(await newerChecklist(db, v1.version)).toMatchObject({ version: v4.version, from: EMPTY_CHECKLIST_VERSION, pages: 3 });
      const answer = await handleChecklistPage(db, pageRequest(v1.version, v4.version, 2));
      if (!answer.ok) throw new Error(answer.message);
      const page = decodeSyncMessage(checklistPageSchema, new Uint8Array(gunzipSync(answer.gzipped)), 'page');
      expect(page.ok && [page.value.from, page.value.page, page.value.pages]).toEqual([EMPTY_CHECKLIST_VERSION, 2, 3]);

      // Content published again (a revert to v2) keeps the pages stored then and adds the diffs from v4 and v3.
      const revert = await publishChecklist(db, v2, NOW);
      expect(revert.published && revert.downloads.map((download) => download.fromNumber)).toEqual([4, 3]);
      expect(await newerChecklist(db, v1.version)).toMatchObject({ version: v2.version, from: v1.version, pages: 1 });
    });

    it('stores neither the version nor any page when storing a page fails midway', async () => {
      await migrateToLatest(db);
      await publishChecklist(db, version(0), NOW);
      const before = await storedDownloads(db);
      await refusePageOne(fresh.store);
      // The full download to version(3) has three pages: page 0 and the version row are written, then page 1 fails.
      await expect(publishChecklist(db, version(3), NOW)).rejects.toThrow(/forced: page 1 refused/);
      expect((await db.selectFrom('checklist_versions').select('number').execute()).map((row) => row.number)).toEqual([1]);
      expect(await db.selectFrom('checklist_pages').select('page').where('to_version', '=', version(3).version).execute()).toEqual([]);
      expect(await storedDownloads(db)).toEqual(before);
      expect(await newerChecklist(db, EMPTY_CHECKLIST_VERSION)).toMatchObject({ version: version(0).version, pages: 1 });
    });

    it('answers a page request with one stored row, never reading a checklist’s taxa', async () => {
      await migrateToLatest(db);
      await publishChecklist(db, version(2), NOW);
      await publishChecklist(db, version(3), NOW);
      const asked = recordingReads(db);
      const diff = await handleChecklistPage(asked.db, pageRequest(version(2).version, version(3).version, 0));
      expect(diff.ok).toBe(true);
      expect(asked.tables).toEqual(['checklist_pages']);

      // A version HQ holds no pages from: the full download's page, found without reading any checklist.
      const unknown = recordingReads(db);
      const full = await handleChecklistPage(unknown.db, pageRequest('c'.repeat(64), version(3).version, 1));
      if (!full.ok) throw new Error(full.message);
      const page = decodeSyncMessage(checklistPageSchema, new Uint8Array(gunzipSync(full.gzipped)), 'page');
      expect(page.ok && [page.value.from, page.value.to, page.value.page]).toEqual([EMPTY_CHECKLIST_VERSION, version(3).version, 1]);
      expect(new Set(unknown.tables)).toEqual(new Set(['checklist_pages']));
    });

    it('builds the downloads to the newest version published before the migration', async () => {
      await new Migrator({ db, provider: migrationProvider }).migrateTo('0007_stateless_nonces');
      const gzipped = async (checklist: Checklist) => toBase64(new Uint8Array(await promisify(gzip)(JSON.stringify(checklist.taxa))));
      for (const [index, checklist] of [version(1), version(2)].entries()) {
        await db.insertInto('checklist_versions').values({ number: index + 1, version: checklist.version, published_at: NOW.toISOString(), taxa_count: checklist.taxa.length, taxa: await gzipped(checklist) }).execute();
      }
      await migrateToLatest(db);
      expect(await storedDownloads(db)).toEqual([pair(EMPTY_CHECKLIST_VERSION, version(2)), pair(version(1), version(2))].sort());
      expect(await newerChecklist(db, version(1).version)).toMatchObject({ version: version(2).version, from: version(1).version, pages: 1 });
      // 0009 names the newest publication's taxa, for the quota shares HQ checks against it.
      const names = await db.selectFrom('checklist_taxon_names').select(['number', 'taxon_id', 'scientific_name']).orderBy('taxon_id').execute();
      expect(names).toEqual(version(2).taxa.map((taxon) => ({ number: 2, taxon_id: taxon.id, scientific_name: taxon.scientificName })));
    });
  });
});
