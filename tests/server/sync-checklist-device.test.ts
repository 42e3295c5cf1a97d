// A device (src/app/sync over fake-indexeddb) taking checklist updates from the real HQ in this process, on
// each engine: nothing to fetch while it holds HQ's newest; a download cut after its first page resumes at
// the second; a tampered page leaves the held checklist as it was; the new checklist reaches loadChecklist.
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadChecklist, onChecklistChanged } from '../../src/app/checklist/loadChecklist.ts';
import { readHeldChecklist } from '../../src/app/checklist/stored-checklist.ts';
import type { Fetch } from '../../src/app/auth/hq-api.ts';
import { encodeCbor } from '../../src/core/crypto/cbor.ts';
import { demoChecklistTaxa } from '../../src/core/species/data/demo-checklist.ts';
import { makeChecklist, type Checklist } from '../../src/core/species/checklist-version.ts';
import { searchSpecies } from '../../src/core/species/search-index.ts';
import type { Taxon } from '../../src/core/species/taxon.ts';
import { checklistPageSchema } from '../../src/core/sync/checklist.ts';
import { openSyncRequest } from '../../src/core/sync/signed-request.ts';
import { decodeSyncMessage } from '../../src/core/sync/wire.ts';
import { publishChecklist } from '../../src/server/sync/checklist-store.ts';
import { checklistDeviceWorld, taxonAt, type ChecklistWorld } from '../support/checklist-worlds.ts';
import type { SimulatedDevice } from '../support/sync-device.ts';
import type { InProcessHq } from '../support/sync-fault-hq.ts';
import { syntheticChecklist } from '../support/synthetic-checklist.ts';
import { testEngines } from '../support/test-engines.ts';

const PSITTACUS = 888; // Appendix I in the bundled checklist
const added = syntheticChecklist(6_000, 3).map((taxon) => ({ ...taxon, id: taxon.id + 10_000_000 }));
const newcomer = taxonAt(added, 4_321);

/** The bundled checklist with Psittacus moved to Appendix II and 6,000 taxa added: three pages from the bundled one. */
function updatedTaxa(): Taxon[] {
  const changed = demoChecklistTaxa.map((taxon) => (taxon.id === PSITTACUS ? { ...taxon, listing: { ...taxon.listing, appendices: ['II' as const] } } : taxon));
  return [...changed, ...added];
}

/** The page number of a checklist request (the body is the gzip'd signed request), or undefined for other requests. */
async function checklistPageOf(input: RequestInfo | URL, init: RequestInit | undefined): Promise<number | undefined> {
  if (!String(input).endsWith('/sync/checklist') || init?.body == null) return undefined;
  const opened = openSyncRequest(new Uint8Array(gunzipSync(Buffer.from(await new Response(init.body).arrayBuffer()))));
  if (!opened.ok || opened.value.request.kind !== 'checklist') throw new Error('not a checklist request');
  return opened.value.request.checklist.page;
}

describe.each(testEngines())('a device taking checklist updates from HQ on $engine', ({ skipReason, openFresh }) => {
  describe.skipIf(skipReason !== undefined)(skipReason ?? 'with a fresh database', () => {
    let world: ChecklistWorld<InProcessHq, SimulatedDevice>;
    let bundled: Checklist;
    let requestedPages: number[];

    beforeEach(async () => {
      world = await checklistDeviceWorld(openFresh);
      bundled = await makeChecklist(demoChecklistTaxa);
      // As demo mode does: the bundled checklist is HQ's first version.
      await publishChecklist(world.store.db, bundled, new Date(world.clock.now.getTime() - 86_400_000));
      requestedPages = [];
    });
    afterEach(() => world.close());

    /** The platform fetch (it asks for gzip and inflates, as a browser does) to HQ; `intercept` may answer instead. */
    function fetchToHq(intercept?: (page: number, forward: () => Promise<Response>) => Promise<Response>): Fetch {
      return (async (input: RequestInfo | URL, init?: RequestInit) => {
        const forward = () => fetch(new URL(String(input), world.hq.url), init);
        const page = await checklistPageOf(input, init);
        if (page === undefined) return forward();
        requestedPages.push(page);
        return intercept === undefined ? forward() : intercept(page, forward);
      }) as Fetch;
    }

    async function syncOk(fetchFn: Fetch = fetchToHq()) {
      const result = await world.device.sync(fetchFn);
      if (!result.ok) throw new Error(`${result.problem.code}: ${result.problem.detail}`);
    }

    it('fetches nothing while the device holds HQ’s newest checklist (the bundled one)', async () => {
      await syncOk();
      expect(requestedPages).toEqual([]);
      expect([await world.device.db.checklistDownload.count(), await world.device.db.checklistHeld.count()]).toEqual([0, 0]);
    });

    it('resumes a download cut after its first page at the second, then stores and serves the new checklist', async () => {
      const update = await makeChecklist(updatedTaxa());
      world.clock.advance(60_000);
      await publishChecklist(world.store.db, update, world.clock.now);
      const cut = fetchToHq(async (page, forward) => {
        if (page === 1) throw new TypeError('network connection lost');
        return forward();
      });
      const first = await world.device.sync(cut);
      expect(first.ok === false && first.problem.code).toBe('network');
      expect(await world.device.db.checklistDownload.get('device')).toMatchObject({ version: update.version, from: bundled.version, pages: 3 });
      expect(await world.device.db.checklistPages.toCollection().primaryKeys()).toEqual([0]);
      expect((await readHeldChecklist(world.device.db)).checklist.version).toBe(bundled.version);
      expect((await loadChecklist(world.device.db)).lookup.byId(PSITTACUS)?.listing.appendices).toEqual(['I']);

      let notified = 0;
      const stop = onChecklistChanged(() => (notified += 1));
      requestedPages = [];
      world.clock.advance(60_000);
      await syncOk();
      stop();
      expect(requestedPages).toEqual([1, 2]);
      expect(notified).toBe(1);
      expect(await world.device.db.checklistHeld.get('device')).toEqual({ id: 'device', version: update.version, taxa: update.taxa.length, publishedAt: world.clock.now.getTime() - 60_000, storedAt: world.clock.now.getTime() });
      expect([await world.device.db.checklistDownload.count(), await world.device.db.checklistPages.count()]).toEqual([0, 0]);

      const loaded = await loadChecklist(world.device.db);
      expect(loaded.version).toBe(update.version);
      expect(searchSpecies(loaded.index, newcomer.scientificName)[0]?.taxon.id).toBe(newcomer.id);
      expect(loaded.lookup.byId(PSITTACUS)?.listing.appendices).toEqual(['II']);

      requestedPages = [];
      await syncOk();
      expect(requestedPages).toEqual([]);
    });

    it('drops a download whose pages do not hash to HQ’s version, keeping the held checklist and recording the problem', async () => {
      const update = await makeChecklist(updatedTaxa());
      await publishChecklist(world.store.db, update, world.clock.now);
      await syncOk();
      const later = await makeChecklist([...update.taxa.filter((taxon) => taxon.id !== newcomer.id), { ...newcomer, author: 'Someone, 2026' }]);
      world.clock.advance(60_000);
      await publishChecklist(world.store.db, later, world.clock.now);
      const tampered = fetchToHq(async (_page, forward) => {
        const answer = decodeSyncMessage(checklistPageSchema, new Uint8Array(await (await forward()).arrayBuffer()), 'page');
        if (!answer.ok) throw new Error(answer.reason);
        const upserted = answer.value.upserted.map((taxon) => ({ ...taxon, author: 'Mallory, 2026' }));
        return new Response(encodeCbor({ ...answer.value, upserted }) as BodyInit, { headers: { 'content-type': 'application/cbor' } });
      });
      const result = await world.device.sync(tampered);
      expect(result.ok === false && result.problem.code).toBe('bad-answer');
      expect(result.ok === false && result.problem.detail).toContain(`checklist update ${later.version} refused`);
      expect((await world.device.db.syncState.get('device'))?.lastError?.code).toBe('bad-answer');
      expect([await world.device.db.checklistDownload.count(), await world.device.db.checklistPages.count()]).toEqual([0, 0]);
      expect((await world.device.db.checklistHeld.get('device'))?.version).toBe(update.version);
      expect((await readHeldChecklist(world.device.db)).checklist).toEqual(update);

      await syncOk(); // an honest HQ again
      expect((await readHeldChecklist(world.device.db)).checklist.version).toBe(later.version);
    });
  });
});
