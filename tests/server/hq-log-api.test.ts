import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSignedCheckpoint } from '../../src/core/log/checkpoint.ts';
import { parseVerifierKey } from '../../src/core/log/note-verifier-key.ts';
import type { User } from '../../src/server/identity/user-record.ts';
import { raiseAlerts } from '../../src/server/sync/alerts.ts';
import { deriveLogKey } from '../../src/server/sync/log-key.ts';
import { recordDeviceSync } from '../../src/server/sync/pull-device-state.ts';
import type { Store } from '../../src/server/store/store.ts';
import { appendToLog, checkpointNow, logDevice, type LogDevice } from '../support/hq-log-fixture.ts';
import type { StoredCheckpoint } from '../../src/server/sync/checkpoints.ts';
import { buildIdentityServer, sessionCookie, setUpAuthority, testClock, userWithPassword } from '../support/identity-fixture.ts';
import { signEntry } from '../support/sync-ingest-client.ts';
import { bodyFor } from '../core/log/permit-act-fixtures.ts';
import { testEngines } from '../support/test-engines.ts';

const permitId = '5f1c2b7a-0d3e-4c5b-8a9f-2e0000000001';
const otherPermitId = '5f1c2b7a-0d3e-4c5b-8a9f-2e0000000002';

describe.each(testEngines())('HQ log API on $engine', ({ skipReason, openFresh }) => {
  describe.skipIf(skipReason !== undefined)(skipReason ?? 'with a fresh database', () => {
    const clock = testClock();
    let store: Store;
    let app: FastifyInstance;
    let dispose: () => Promise<void>;
    let admin: User;
    let officerUser: User;
    let officer: LogDevice;
    let approver: LogDevice;
    let checkpoint: StoredCheckpoint;
    let logVerifierOrigin: string;
    let signedAt: string;

    const as = async (user: User, options: InjectOptions) =>
      app.inject({ ...options, headers: { cookie: await sessionCookie(store, user.id, clock.now) } });
    const get = (url: string, user: User = admin) => as(user, { method: 'GET', url });

    beforeAll(async () => {
      ({ store, dispose } = await openFresh());
      const { signer } = await setUpAuthority(store, clock.now);
      admin = await userWithPassword(store, 'hq-admin', ['admin'], clock.now);
      officerUser = await userWithPassword(store, 'officer', ['officer'], clock.now);
      const approverUser = await userWithPassword(store, 'approver', ['approver'], clock.now);
      officer = await logDevice(store, signer, officerUser.id, clock.now);
      approver = await logDevice(store, signer, approverUser.id, clock.now);
      const t = clock.now.getTime();
      // The approver's device received its entries first, but the officer's act comes first in log order (HLC).
      await appendToLog(store, approver, [
        await signEntry(approver, { role: 'approver', action: 'approved', permit: permitId, at: t + 2_000 }),
      ], new Date(t + 10_000));
      await appendToLog(store, officer, [
        await signEntry(officer, { role: 'officer', action: 'drafted', permit: permitId, at: t }),
        await signEntry(officer, { role: 'officer', action: 'login', permit: null, at: t + 1_000 }),
        await signEntry(officer, { role: 'officer', action: 'drafted', permit: otherPermitId, at: t + 3_000 }),
      ], new Date(t + 20_000));
      const logKey = await deriveLogKey(signer, t);
      logVerifierOrigin = logKey.origin;
      checkpoint = await checkpointNow(store, logKey, clock.now);
      signedAt = clock.now.toISOString();
      await store.db.insertInto('permits').values([
        { id: permitId, number: 'KE/2026/000017', status: 'approved', document_type: 'export-permit', origin_device: officer.code, updated_at: new Date(t + 10_000).toISOString(), entry_count: 2, content: JSON.stringify({ id: permitId, status: 'approved' }) },
        { id: otherPermitId, number: null, status: 'draft', document_type: null, origin_device: officer.code, updated_at: new Date(t + 20_000).toISOString(), entry_count: 1, content: JSON.stringify({ id: otherPermitId }) },
      ]).execute();
      await recordDeviceSync(store.db, { device: officer.code, syncedAt: clock.now, sentAt: clock.now.getTime() - 4_000, pending: 2 });
      await raiseAlerts(store.db, [{ kind: 'double-endorsement', subject: permitId, permit: permitId, device: approver.code, detail: 'two endorsements' }], new Date(t + 1_000));
      await raiseAlerts(store.db, [{ kind: 'cloned-device', subject: officer.code, device: officer.code, detail: 'seq 0 twice' }], new Date(t + 2_000));
      app = await buildIdentityServer(store, clock, signer);
    });
    afterAll(async () => {
      await app.close();
      await dispose();
    });

    it('refuses every HQ view to a non-admin (403) and to no one signed in (401)', async () => {
      const alert = await store.db.selectFrom('alerts').select('id').executeTakeFirstOrThrow();
      const routes: { method: 'GET' | 'POST'; url: string }[] = [
        { method: 'GET', url: '/api/v1/hq/permits' },
        { method: 'GET', url: `/api/v1/hq/permits/${permitId}` },
        { method: 'GET', url: '/api/v1/hq/devices' },
        { method: 'GET', url: '/api/v1/hq/alerts' },
        { method: 'POST', url: `/api/v1/hq/alerts/${alert.id}/acknowledge` },
        { method: 'GET', url: '/api/v1/hq/checkpoint' },
      ];
      for (const route of routes) {
        expect((await as(officerUser, route)).statusCode, route.url).toBe(403);
        expect((await app.inject(route)).statusCode, route.url).toBe(401);
      }
      expect((await store.db.selectFrom('alerts').select('acknowledged_at').where('id', '=', alert.id).executeTakeFirstOrThrow()).acknowledged_at).toBeNull();
    });

    it('lists permits newest first, filtered by status and by part of the number in any case', async () => {
      const all = (await get('/api/v1/hq/permits')).json();
      expect(all.permits.map((permit: { id: string }) => permit.id)).toEqual([otherPermitId, permitId]);
      expect(all.permits[1]).toEqual({
        id: permitId, number: 'KE/2026/000017', status: 'approved', documentType: 'export-permit', originDevice: officer.code,
        updatedAt: new Date(clock.now.getTime() + 10_000).toISOString(), entryCount: 2,
      });
      expect(all.nextOffset).toBeNull();
      expect((await get('/api/v1/hq/permits?status=draft')).json().permits.map((permit: { id: string }) => permit.id)).toEqual([otherPermitId]);
      expect((await get('/api/v1/hq/permits?number=ke%2F2026%2F00001')).json().permits.map((permit: { id: string }) => permit.id)).toEqual([permitId]);
      expect((await get('/api/v1/hq/permits?number=%25')).json().permits).toEqual([]);
    });

    it('pages the permits with limit and offset, and refuses a page size past the maximum', async () => {
      const first = (await get('/api/v1/hq/permits?limit=1')).json();
      expect(first.permits).toHaveLength(1);
      expect(first.nextOffset).toBe(1);
      const second = (await get('/api/v1/hq/permits?limit=1&offset=1')).json();
      expect(second.permits.map((permit: { id: string }) => permit.id)).toEqual([permitId]);
      expect(second.nextOffset).toBeNull();
      expect((await get('/api/v1/hq/permits?limit=201')).statusCode).toBe(400);
      expect((await get('/api/v1/hq/permits?colour=red')).statusCode).toBe(400);
    });

    it('shows a permit with its audit trail merged from both devices in log order, with HQ’s receipt facts', async () => {
      const response = await get(`/api/v1/hq/permits/${permitId}`);
      expect(response.statusCode).toBe(200);
      const { permit } = response.json();
      expect(permit.content).toEqual({ id: permitId, status: 'approved' });
      const t = clock.now.getTime();
      expect(permit.trail).toEqual([
        expect.objectContaining({ leafIndex: 1, device: officer.code, seq: 0, actor: officer.userId, actorName: 'Test officer', role: 'officer', action: 'drafted', wallTime: new Date(t).toISOString(), receivedAt: new Date(t + 20_000).toISOString(), bodyFields: Object.keys(bodyFor('drafted', permitId)).sort() }),
        expect.objectContaining({ leafIndex: 0, device: approver.code, seq: 0, actor: approver.userId, role: 'approver', action: 'approved', wallTime: new Date(t + 2_000).toISOString(), receivedAt: new Date(t + 10_000).toISOString() }),
      ]);
      expect((await get('/api/v1/hq/permits/no-such-permit')).statusCode).toBe(404);
    });

    it('lists every device with its user, sync state and revocation', async () => {
      const { devices } = (await get('/api/v1/hq/devices')).json();
      const synced = devices.find((device: { code: string }) => device.code === officer.code);
      expect(synced).toMatchObject({ user: { id: officer.userId, displayName: 'Test officer' }, lastSyncAt: clock.now.toISOString(), pending: 2, clockSkewMs: -4_000, revokedAt: null });
      const never = devices.find((device: { code: string }) => device.code === approver.code);
      expect(never).toMatchObject({ lastSyncAt: null, pending: null, clockSkewMs: null, entriesHeld: 0 });
    });

    it('lists alerts newest first with the permit number; an acknowledged one goes last, acknowledging twice keeps the first', async () => {
      const listed = (await get('/api/v1/hq/alerts')).json().alerts;
      expect(listed.map((alert: { kind: string }) => alert.kind)).toEqual(['cloned-device', 'double-endorsement']);
      expect(listed[1]).toMatchObject({ subject: permitId, permit: { id: permitId, number: 'KE/2026/000017' }, device: approver.code, detail: 'two endorsements', acknowledged: null });
      const cloned = listed[0].id as string;

      const acknowledged = await as(admin, { method: 'POST', url: `/api/v1/hq/alerts/${cloned}/acknowledge` });
      expect(acknowledged.statusCode).toBe(204);
      const at = clock.now.toISOString();
      clock.advance(60_000);
      expect((await as(admin, { method: 'POST', url: `/api/v1/hq/alerts/${cloned}/acknowledge` })).statusCode).toBe(204);

      const after = (await get('/api/v1/hq/alerts')).json().alerts;
      expect(after.map((alert: { kind: string }) => alert.kind)).toEqual(['double-endorsement', 'cloned-device']);
      expect(after[1].acknowledged).toEqual({ at, by: { id: admin.id, displayName: 'Test hq-admin' } });
      expect((await as(admin, { method: 'POST', url: '/api/v1/hq/alerts/00000000-0000-4000-8000-000000000000/acknowledge' })).statusCode).toBe(404);
      expect((await as(admin, { method: 'POST', url: '/api/v1/hq/alerts/not-an-id/acknowledge' })).statusCode).toBe(400);
    });

    it('shows the newest checkpoint and the verifier key that checks it', async () => {
      const body = (await get('/api/v1/hq/checkpoint')).json();
      expect(body.checkpoint).toEqual({ treeSize: 4, rootHash: Buffer.from(checkpoint.rootHash).toString('base64'), signedAt, note: checkpoint.note });
      expect(body.log.origin).toBe(logVerifierOrigin);
      const key = parseVerifierKey(body.log.verifierKey);
      if (!key.ok) throw new Error(key.reason);
      const opened = await openSignedCheckpoint(body.checkpoint.note, [key.value]);
      expect(opened.ok && opened.value.size).toBe(4);
    });
  });
});
