// Checklist updates at HQ (docs/sync-protocol.md §Checklist) on both engines: publishing, the descriptor a
// pull carries, and the paged, device-signed route that delivers the taxa.
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applyChecklistDiff, makeChecklist, type Checklist } from '../../src/core/species/checklist-version.ts';
import {
  checklistPageSchema, EMPTY_CHECKLIST_VERSION, joinChecklistPages, type ChecklistPage, type ChecklistRequestBody,
} from '../../src/core/sync/checklist.ts';
import { pullResponseSchema, type PullBody, type PullResponse } from '../../src/core/sync/pull.ts';
import { signSyncRequest, type SyncRequest } from '../../src/core/sync/signed-request.ts';
import { readPublishedChecklist } from '../../src/server/sync/checklist-read.ts';
import { listChecklistVersions, publishChecklist } from '../../src/server/sync/checklist-store.ts';
import { newDeviceKey } from '../support/device-fixture.ts';
import { checklistHqWorld, taxonAt, type ChecklistWorld } from '../support/checklist-worlds.ts';
import type { LogDevice } from '../support/hq-log-fixture.ts';
import { hello, postSync, syncReply, syncRowCounts, type SyncReply } from '../support/sync-ingest-client.ts';
import type { SyncHq } from '../support/sync-ingest-hq.ts';
import { syntheticChecklist } from '../support/synthetic-checklist.ts';
import { testEngines } from '../support/test-engines.ts';

const noPull: PullBody = { cursor: 0, treeSize: 0, trustListVersion: 0, statusListVersion: 0, quotaSharesVersion: 0, limit: 1000 };
// ~443 bytes of JSON each: 6,000 taxa make three pages of ≤ 1 MiB.
const taxa = syntheticChecklist(6_000, 5);
const reclassified = taxonAt(taxa, 4_000);

describe.each(testEngines())('checklist updates at HQ on $engine', ({ skipReason, openFresh }) => {
  describe.skipIf(skipReason !== undefined)(skipReason ?? 'with a fresh database', () => {
    let world: ChecklistWorld<SyncHq, LogDevice>;
    let old: Checklist;
    let current: Checklist;

    beforeAll(async () => {
      old = await makeChecklist(taxa.slice(0, 5_000));
      // 1,000 taxa removed, 1,000 added, one changed appendix.
      current = await makeChecklist([...taxa.slice(1_000, 4_000), { ...reclassified, listing: { ...reclassified.listing, appendices: ['I'] } }, ...taxa.slice(4_001)]);
    });
    beforeEach(async () => {
      world = await checklistHqWorld(openFresh);
    });
    afterEach(() => world.close());

    async function signedBy(signer: LogDevice, body: Pick<SyncRequest, 'kind'> & Record<string, unknown>, nonce?: Uint8Array): Promise<Uint8Array> {
      const greeting = nonce ?? (await hello(world.hq.app, signer.code)).message?.nonce;
      if (greeting === undefined) throw new Error('hello failed');
      const request = { v: 1, device: signer.code, nonce: greeting, sentAt: world.clock.now.getTime(), pending: 0, ...body } as SyncRequest;
      return signSyncRequest(signer.key.seed, request);
    }

    async function pull(checklistVersion: string | undefined): Promise<PullResponse> {
      const body = await signedBy(world.device, { kind: 'pull', pull: { ...noPull, ...(checklistVersion === undefined ? {} : { checklistVersion }) } });
      const reply = syncReply(200, '', (await postSync(world.hq.app, 'pull', body)).rawPayload, pullResponseSchema);
      if (reply.message === undefined) throw new Error('pull failed');
      return reply.message;
    }

    async function page(checklist: ChecklistRequestBody, headers: Record<string, string> = {}): Promise<SyncReply<ChecklistPage> & { encoding: unknown }> {
      const response = await postSync(world.hq.app, 'checklist', await signedBy(world.device, { kind: 'checklist', checklist }), headers);
      const gzipped = response.headers['content-encoding'] === 'gzip';
      const payload = gzipped ? gunzipSync(response.rawPayload) : response.rawPayload;
      return { ...syncReply(response.statusCode, response.headers['content-type'], payload, checklistPageSchema), encoding: response.headers['content-encoding'] };
    }

    async function allPages(from: string, to: string, pages: number): Promise<ChecklistPage[]> {
      const answers: ChecklistPage[] = [];
      for (let number = 0; number < pages; number++) {
        const answer = await page({ from, to, page: number });
        if (answer.message === undefined) throw new Error(`page ${number}: ${answer.status} ${answer.code}`);
        answers.push(answer.message);
      }
      return answers;
    }

    it('publishes a version only when its content differs from the newest, and reads it back whole', async () => {
      expect(await publishChecklist(world.store.db, old, world.clock.now)).toMatchObject({ published: true, info: { number: 1, version: old.version, taxa: 5_000 } });
      world.clock.advance(60_000);
      expect(await publishChecklist(world.store.db, await makeChecklist([...old.taxa].reverse()), world.clock.now)).toMatchObject({ published: false, newest: { number: 1 } });
      expect(await publishChecklist(world.store.db, current, world.clock.now)).toMatchObject({ published: true, info: { number: 2, version: current.version } });
      // Content published before becomes the newest again when published again (a revert).
      expect(await publishChecklist(world.store.db, old, world.clock.now)).toMatchObject({ published: true, info: { number: 3, version: old.version } });
      expect((await listChecklistVersions(world.store.db)).map((info) => [info.number, info.version, info.taxa])).toEqual([
        [3, old.version, 5_000], [2, current.version, 5_000], [1, old.version, 5_000],
      ]);
      expect(await readPublishedChecklist(world.store.db, current.version)).toEqual(current);
      expect(await readPublishedChecklist(world.store.db, EMPTY_CHECKLIST_VERSION)).toBeUndefined();
    });

    it('announces the newest checklist to a device holding another version, diffed from it when HQ knows it', async () => {
      expect((await pull(old.version)).checklist).toBeNull(); // nothing published
      await publishChecklist(world.store.db, old, world.clock.now);
      world.clock.advance(3_600_000);
      await publishChecklist(world.store.db, current, world.clock.now);
      expect((await pull(current.version)).checklist).toBeNull();
      expect((await pull(undefined)).checklist).toBeNull(); // a client that names no version takes no updates
      expect((await pull(old.version)).checklist).toEqual({ version: current.version, from: old.version, taxa: 5_000, publishedAt: world.clock.now.getTime(), pages: 1 });
      const unknown = (await pull('c'.repeat(64))).checklist;
      expect(unknown).toEqual({ version: current.version, from: EMPTY_CHECKLIST_VERSION, taxa: 5_000, publishedAt: world.clock.now.getTime(), pages: 3 });
    });

    it('serves the download page by page, gzip’d as held, and the pages rebuild the new checklist', async () => {
      await publishChecklist(world.store.db, old, world.clock.now);
      await publishChecklist(world.store.db, current, world.clock.now);
      const first = await page({ from: old.version, to: current.version, page: 0 }, { 'accept-encoding': 'gzip' });
      expect(first.encoding).toBe('gzip');
      expect(first.message).toMatchObject({ from: old.version, to: current.version, page: 0, pages: 1 });
      expect(first.message?.removedIds).toEqual(old.taxa.slice(0, 1_000).map((taxon) => taxon.id));
      expect(first.message?.upserted.map((taxon) => taxon.id)).toEqual([reclassified.id, ...taxa.slice(5_000).map((taxon) => taxon.id)].sort((a, b) => a - b));
      const applied = await applyChecklistDiff(old, joinChecklistPages(old.version, current.version, first.message === undefined ? [] : [first.message]));
      expect(applied.ok && applied.checklist.version).toBe(current.version);
    });

    it('answers a version HQ does not know as `from` with the whole checklist, over several pages', async () => {
      await publishChecklist(world.store.db, current, world.clock.now);
      const unknownFrom = 'd'.repeat(64);
      const pages = await allPages(unknownFrom, current.version, 3);
      expect(pages.map((answer) => [answer.from, answer.page, answer.pages, answer.removedIds.length])).toEqual([
        [EMPTY_CHECKLIST_VERSION, 0, 3, 0], [EMPTY_CHECKLIST_VERSION, 1, 3, 0], [EMPTY_CHECKLIST_VERSION, 2, 3, 0],
      ]);
      const applied = await applyChecklistDiff(await makeChecklist([]), joinChecklistPages(EMPTY_CHECKLIST_VERSION, current.version, pages));
      expect(applied.ok && applied.checklist.version).toBe(current.version);
      // The same request again gets the same bytes: pages are stored when the version is published.
      expect((await page({ from: unknownFrom, to: current.version, page: 1 })).message).toEqual(pages[1]);
    });

    it('refuses a page past the last, an unpublished target, a pull body and an unknown signer, storing nothing', async () => {
      await publishChecklist(world.store.db, current, world.clock.now);
      await hello(world.hq.app, world.device.code); // the first hello signs HQ's first checkpoint
      const counts = async () => ({ ...(await syncRowCounts(world.store)), checklists: (await listChecklistVersions(world.store.db)).length });
      const before = await counts();
      const pastLast = await page({ from: EMPTY_CHECKLIST_VERSION, to: current.version, page: 3 });
      expect([pastLast.status, pastLast.code]).toEqual([400, 'sync.malformed']);
      const unpublished = await page({ from: EMPTY_CHECKLIST_VERSION, to: old.version, page: 0 });
      expect([unpublished.status, unpublished.code]).toEqual([400, 'sync.malformed']);
      const wrongKind = await postSync(world.hq.app, 'checklist', await signedBy(world.device, { kind: 'pull', pull: noPull }));
      expect(wrongKind.statusCode).toBe(400);
      const stranger = { ...world.device, key: await newDeviceKey() };
      const unsigned = await postSync(world.hq.app, 'checklist', await signedBy(stranger, { kind: 'checklist', checklist: { from: EMPTY_CHECKLIST_VERSION, to: current.version, page: 0 } }));
      expect([unsigned.statusCode, JSON.parse(unsigned.body).error.code]).toEqual([401, 'sync.unauthenticated']);
      const sessionless = await postSync(world.hq.app, 'checklist', await signedBy(world.device, { kind: 'checklist', checklist: { from: EMPTY_CHECKLIST_VERSION, to: current.version, page: 0 } }, new Uint8Array(16)));
      expect([sessionless.statusCode, JSON.parse(sessionless.body).error.code]).toEqual([401, 'sync.nonce-expired']);
      // Hello stores a nonce per request above: compare everything else.
      expect({ ...(await counts()), sync_nonces: 0 }).toEqual({ ...before, sync_nonces: 0 });
    });
  });
});
