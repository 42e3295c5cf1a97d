import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../src/core/sync/wire-types.ts';
import type { User } from '../../src/server/identity/user-record.ts';
import { makeChecklist } from '../../src/core/species/checklist-version.ts';
import { listQuotaShares } from '../../src/server/hq/quota-shares.ts';
import { publishChecklist } from '../../src/server/sync/checklist-store.ts';
import { deriveLogKey } from '../../src/server/sync/log-key.ts';
import { createMerkleLog } from '../../src/server/sync/merkle-log.ts';
import { handlePull } from '../../src/server/sync/pull.ts';
import { createPullLeafCache } from '../../src/server/sync/pull-leaf-cache.ts';
import { newerQuotaShares } from '../../src/server/sync/pull-documents.ts';
import type { Store } from '../../src/server/store/store.ts';
import { appendToLog, checkpointNow, logDevice, type LogDevice } from '../support/hq-log-fixture.ts';
import { buildIdentityServer, sessionCookie, setUpAuthority, testClock, userWithPassword } from '../support/identity-fixture.ts';
import { signEntry } from '../support/sync-ingest-client.ts';
import { syntheticChecklist } from '../support/synthetic-checklist.ts';
import { testEngines } from '../support/test-engines.ts';

/** Panthera and Psittacus in the demo checklist. */
const PANTHERA = 1612;
const PSITTACUS = 888;

describe.each(testEngines())('HQ quota shares on $engine', ({ skipReason, openFresh }) => {
  describe.skipIf(skipReason !== undefined)(skipReason ?? 'with a fresh database', () => {
    const clock = testClock();
    let store: Store;
    let app: FastifyInstance;
    let dispose: () => Promise<void>;
    let admin: User;
    let tablet: LogDevice;
    let other: LogDevice;

    const as = async (user: User, options: InjectOptions) =>
      app.inject({ ...options, headers: { cookie: await sessionCookie(store, user.id, clock.now) } });
    const put = (payload: Record<string, unknown>) => as(admin, { method: 'PUT', url: '/api/v1/hq/quota-shares', payload });
    const list = async () => (await as(admin, { method: 'GET', url: '/api/v1/hq/quota-shares' })).json().shares as { id: string; device: string; taxonId: number; amount: number }[];
    const rowCounts = async () => ({
      shares: (await store.db.selectFrom('quota_shares').selectAll().execute()).length,
      versions: await store.db.selectFrom('quota_share_versions').selectAll().orderBy('device').execute(),
    });

    beforeAll(async () => {
      ({ store, dispose } = await openFresh());
      const { signer } = await setUpAuthority(store, clock.now);
      admin = await userWithPassword(store, 'hq-admin', ['admin'], clock.now);
      const officer = await userWithPassword(store, 'officer', ['officer'], clock.now);
      tablet = await logDevice(store, signer, officer.id, clock.now);
      other = await logDevice(store, signer, officer.id, clock.now);
      await appendToLog(store, other, [await signEntry(other, { role: 'officer', action: 'login', permit: null, at: clock.now.getTime() })], clock.now);
      await checkpointNow(store, await deriveLogKey(signer, clock.now.getTime()), clock.now);
      app = await buildIdentityServer(store, clock, signer);
    });
    afterAll(async () => {
      await app.close();
      await dispose();
    });

    it('sets a share, replaces it when set again for the same device, taxon and year, lists and removes it', async () => {
      const first = await put({ device: tablet.code, taxonId: PANTHERA, year: 2026, amount: 12.5, unit: 'KGM' });
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json().share).toMatchObject({
        device: tablet.code, taxonId: PANTHERA, scientificName: 'Panthera', year: 2026, amount: 12.5, unit: 'KGM',
        setAt: clock.now.toISOString(), setBy: { id: admin.id, displayName: admin.displayName },
      });
      const again = await put({ device: tablet.code, taxonId: PANTHERA, year: 2026, amount: 20, unit: null });
      expect(again.json().share).toMatchObject({ id: first.json().share.id, amount: 20, unit: null });
      await put({ device: other.code, taxonId: PSITTACUS, year: 2026, amount: 3, unit: null });
      expect((await list()).map((share) => [share.device, share.taxonId, share.amount])).toEqual(
        [[tablet.code, PANTHERA, 20], [other.code, PSITTACUS, 3]].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
      );
      expect((await rowCounts()).versions).toEqual(
        [{ device: tablet.code, version: 2 }, { device: other.code, version: 1 }].sort((a, b) => a.device.localeCompare(b.device)),
      );

      const removed = await as(admin, { method: 'DELETE', url: `/api/v1/hq/quota-shares/${first.json().share.id}` });
      expect(removed.statusCode).toBe(204);
      expect((await list()).map((share) => share.device)).toEqual([other.code]);
      expect((await rowCounts()).versions.find((row) => row.device === tablet.code)?.version).toBe(3);
      const twice = await as(admin, { method: 'DELETE', url: `/api/v1/hq/quota-shares/${first.json().share.id}` });
      expect(twice.statusCode).toBe(404);
      expect(twice.json().error.code).toBe('quota_share_not_found');
    });

    it.each([
      ['a negative amount', { amount: -1 }, 400, 'invalid_body'],
      ['an amount that is not a number', { amount: '5' }, 400, 'invalid_body'],
      ['a unit outside the code list', { unit: 'XYZ' }, 400, 'invalid_body'],
      ['NAR (absent is specimens)', { unit: 'NAR' }, 400, 'invalid_body'],
      ['a malformed device code', { device: 'T3' }, 400, 'invalid_body'],
      ['an unknown field', { note: 'x' }, 400, 'invalid_body'],
      ['a year out of range', { year: 1999 }, 400, 'invalid_body'],
      ['a taxon the checklist does not list', { taxonId: 999_999_999 }, 422, 'unknown_taxon'],
      ['a device HQ never enrolled', { device: 'ZZZ' }, 422, 'unknown_device'],
    ])('refuses %s and writes nothing', async (_label, change, status, code) => {
      const before = await rowCounts();
      const response = await put({ device: tablet.code, taxonId: PSITTACUS, year: 2027, amount: 4, unit: null, ...change });
      expect(response.statusCode, response.body).toBe(status);
      expect(response.json().error.code).toBe(code);
      expect(await rowCounts()).toEqual(before);
    });

    it('refuses a non-uuid id on delete', async () => {
      const response = await as(admin, { method: 'DELETE', url: '/api/v1/hq/quota-shares/not-a-uuid' });
      expect(response.statusCode).toBe(400);
    });

    it('pulls send the device its own whole set only when HQ holds a newer version', async () => {
      const versionOf = async (code: string) =>
        (await store.db.selectFrom('quota_share_versions').select('version').where('device', '=', code).executeTakeFirstOrThrow()).version;
      await put({ device: other.code, taxonId: PANTHERA, year: 2026, amount: 0.75, unit: 'KGM' });
      const held = await versionOf(other.code);
      expect(await newerQuotaShares(store.db, other.code, 0)).toEqual({
        version: held,
        shares: [{ taxonId: PSITTACUS, year: 2026, amount: 3, unit: null }, { taxonId: PANTHERA, year: 2026, amount: 0.75, unit: 'KGM' }],
      });
      expect(await newerQuotaShares(store.db, other.code, held)).toBeNull();
      // The tablet's share was removed: its newer version carries an empty set, which replaces what it holds.
      expect(await newerQuotaShares(store.db, tablet.code, 2)).toEqual({ version: 3, shares: [] });
      expect(await newerQuotaShares(store.db, 'QQQ', 0)).toBeNull();

      const pull = (quotaSharesVersion: number) => handlePull({ db: store.db, log: createMerkleLog(), leaves: createPullLeafCache(), clock: clock.read }, {
        v: PROTOCOL_VERSION, kind: 'pull', device: other.code, nonce: new Uint8Array(16), sentAt: clock.now.getTime(), pending: 0,
        pull: { cursor: 0, treeSize: 0, trustListVersion: 0, statusListVersion: 0, quotaSharesVersion, limit: 10 },
      });
      expect((await pull(held - 1)).quotaShares?.shares).toHaveLength(2);
      expect((await pull(held)).quotaShares).toBeNull();
    });

    // Last: it publishes a checklist of HQ's own, which the tests above assume HQ has not.
    it('checks and names shares by HQ\'s newest published checklist once it publishes one', async () => {
      const demoOnly = PANTHERA;
      const own = syntheticChecklist(3, 21).map((taxon, index) => ({ ...taxon, id: 990_000_001 + index }));
      const [ownTaxon] = own;
      if (ownTaxon === undefined) throw new Error('no taxon');
      const published = await publishChecklist(store.db, await makeChecklist(own), clock.now);
      expect(published.published).toBe(true);
      const set = await put({ device: other.code, taxonId: ownTaxon.id, year: 2031, amount: 7, unit: null });
      expect(set.statusCode, set.body).toBe(200);
      expect(set.json().share).toMatchObject({ taxonId: ownTaxon.id, scientificName: ownTaxon.scientificName });
      const refused = await put({ device: other.code, taxonId: demoOnly, year: 2031, amount: 7, unit: null });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().error.code).toBe('unknown_taxon');
      // A share set against the demo checklist before keeps its row; its taxon now has no name at HQ.
      expect((await listQuotaShares(store.db)).find((share) => share.taxonId === PSITTACUS)?.scientificName).toBeNull();
    });
  });
});
