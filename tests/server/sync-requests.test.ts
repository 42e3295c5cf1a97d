import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeCbor } from '../../src/core/crypto/cbor.ts';
import { NONCE_LIFETIME_MS } from '../../src/core/sync/limits.ts';
import { pushResponseSchema } from '../../src/core/sync/push.ts';
import { decodeSyncMessage } from '../../src/core/sync/wire.ts';
import { reportDeviceLost } from '../../src/server/identity/report-device-lost.ts';
import { findUserById } from '../../src/server/identity/users.ts';
import type { Store } from '../../src/server/store/store.ts';
import type { LogDevice } from '../support/hq-log-fixture.ts';
import { buildIdentityServer, testClock, type TestClock } from '../support/identity-fixture.ts';
import { errorCodeOf, hello, postSync, push, signedPushBody, signEntry, syncRowCounts } from '../support/sync-ingest-client.ts';
import { deviceOf, syncHq, type SyncHq } from '../support/sync-ingest-hq.ts';
import { testEngines, type FreshStore } from '../support/test-engines.ts';

describe.each(testEngines())('sync requests refused on $engine', ({ skipReason, openFresh }) => {
  describe.skipIf(skipReason !== undefined)(skipReason ?? 'with a fresh database', () => {
    let fresh: FreshStore;
    let store: Store;
    let clock: TestClock;
    let hq: SyncHq;
    let device: LogDevice;
    let nonce: Uint8Array;
    let entry: Uint8Array;

    beforeEach(async () => {
      fresh = await openFresh();
      store = fresh.store;
      clock = testClock();
      hq = await syncHq(store, clock);
      device = await deviceOf(store, hq, 'olive', ['officer'], clock.now);
      nonce = (await hello(hq.app, device.code)).message?.nonce ?? new Uint8Array();
      entry = (await signEntry(device, { role: 'officer', action: 'login', permit: null, at: clock.now.getTime() })).bytes;
    });

    afterEach(async () => {
      await hq.app.close();
      await fresh.dispose();
    });

    /** Sends the request and checks the refusal: status, code, and not one row more or less in any sync table. */
    async function refused(send: () => Promise<{ statusCode: number; rawPayload: Buffer }>, status: number, code: string): Promise<void> {
      const before = await syncRowCounts(store);
      const response = await send();
      expect({ status: response.statusCode, code: errorCodeOf(response.rawPayload) }).toEqual({ status, code });
      expect(await syncRowCounts(store)).toEqual(before);
    }

    const pushBody = () => signedPushBody(device, [entry], { nonce, sentAt: clock.now.getTime() });

    it('accepts the well-formed push these refusals are variations of', async () => {
      const reply = await push(hq.app, device, [entry], { nonce, sentAt: clock.now.getTime() });
      expect(reply.status).toBe(200);
      expect(reply.message?.receipt?.entries).toHaveLength(1);
    });

    it('hello issues a 16-byte nonce for 10 minutes at HQ clock, and stores nothing', async () => {
      const before = await syncRowCounts(store);
      const greeting = await hello(hq.app, device.code);
      expect(greeting.message?.nonce).toHaveLength(16);
      expect(greeting.message?.hqTime).toBe(clock.now.getTime());
      expect(greeting.message?.nonceExpiresAt).toBe(clock.now.getTime() + NONCE_LIFETIME_MS);
      expect(await syncRowCounts(store)).toEqual(before);
    });

    it('answers in CBOR, compressed when the client accepts it', async () => {
      const entries = [entry];
      for (let i = 1; i < 30; i++) entries.push((await signEntry(device, { role: 'officer', action: 'login', permit: null, at: clock.now.getTime() + i })).bytes);
      const body = await signedPushBody(device, entries, { nonce, sentAt: clock.now.getTime() });
      const response = await postSync(hq.app, 'push', body, { 'accept-encoding': 'gzip' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/cbor');
      expect(response.headers['content-encoding']).toBe('gzip');
      const decoded = decodeSyncMessage(pushResponseSchema, new Uint8Array(gunzipSync(response.rawPayload)), 'push');
      expect(decoded.ok && decoded.value.receipt?.entries.length).toBe(30);
      // The same push again (idempotent) under other Accept-Encodings: brotli first, a coding at q=0 is refused.
      const inflate = { br: brotliDecompressSync, gzip: gunzipSync, identity: (bytes: Buffer) => bytes };
      for (const [accept, encoding] of [['gzip, deflate, br', 'br'], ['br;q=0, gzip', 'gzip'], ['identity', 'identity']] as const) {
        const again = await postSync(hq.app, 'push', body, { 'accept-encoding': accept });
        expect(again.headers['content-encoding'] ?? 'identity').toBe(encoding);
        const answer = decodeSyncMessage(pushResponseSchema, new Uint8Array(inflate[encoding](again.rawPayload)), 'push');
        expect(answer.ok && answer.value.receipt?.entries.length).toBe(30);
      }
    });

    it('400 sync.malformed: a body that is not CBOR, or not the schema', async () => {
      await refused(() => postSync(hq.app, 'push', new Uint8Array([0xff, 0x00, 0x13])), 400, 'sync.malformed');
      await refused(() => postSync(hq.app, 'hello', encodeCbor({ v: 1, device: device.code, extra: 1 })), 400, 'sync.malformed');
      await refused(() => postSync(hq.app, 'push', gzipSync(encodeCbor({ v: 1 }))), 400, 'sync.malformed');
    });

    it('400 sync.malformed: gzip announced but the body is not gzip', async () => {
      await refused(async () => postSync(hq.app, 'push', await pushBody(), { 'content-encoding': 'gzip' }), 400, 'sync.malformed');
    });

    it('415 sync.unsupported-media: another content type or content encoding', async () => {
      const body = await pushBody();
      await refused(() => hq.app.inject({ method: 'POST', url: '/api/v1/sync/push', headers: { 'content-type': 'application/json' }, payload: '{"v":1}' }), 415, 'sync.unsupported-media');
      await refused(() => postSync(hq.app, 'push', body, { 'content-encoding': 'br' }), 415, 'sync.unsupported-media');
      await refused(() => hq.app.inject({ method: 'POST', url: '/api/v1/sync/push' }), 415, 'sync.unsupported-media');
    });

    it('413 sync.too-large: a body over 1 MiB as sent, or a gzip bomb over 4 MiB inflated', async () => {
      await refused(() => postSync(hq.app, 'push', new Uint8Array(1024 * 1024 + 1)), 413, 'sync.too-large');
      const bomb = gzipSync(new Uint8Array(5 * 1024 * 1024));
      expect(bomb.length).toBeLessThan(1024 * 1024);
      await refused(() => postSync(hq.app, 'push', bomb, { 'content-encoding': 'gzip' }), 413, 'sync.too-large');
      // Inflated here, under the cap, not by a general request decompressor.
      expect((await postSync(hq.app, 'push', bomb, { 'content-encoding': 'gzip' })).json()).toMatchObject({ error: { message: expect.stringContaining('inflates to more than') } });
    });

    it('401 sync.unauthenticated: an unknown device, or a request not signed by the device key', async () => {
      await refused(() => postSync(hq.app, 'hello', encodeCbor({ v: 1, device: 'ZZZ' })), 401, 'sync.unauthenticated');
      const other = await deviceOf(store, hq, 'oscar', ['officer'], clock.now);
      const forged = await signedPushBody({ ...device, key: other.key }, [entry], { nonce, sentAt: clock.now.getTime() });
      await refused(() => postSync(hq.app, 'push', forged), 401, 'sync.unauthenticated');
      const unknown = await signedPushBody({ ...device, code: 'ZZZ' }, [entry], { nonce, sentAt: clock.now.getTime() });
      await refused(() => postSync(hq.app, 'push', unknown), 401, 'sync.unauthenticated');
    });

    it('401 sync.nonce-expired: a nonce past its lifetime at HQ clock, or issued to another device', async () => {
      const other = await deviceOf(store, hq, 'oscar', ['officer'], clock.now);
      const borrowed = await signedPushBody(other, [entry], { nonce, sentAt: clock.now.getTime() });
      await refused(() => postSync(hq.app, 'push', borrowed), 401, 'sync.nonce-expired');
      const body = await pushBody();
      clock.advance(NONCE_LIFETIME_MS);
      await refused(() => postSync(hq.app, 'push', body), 401, 'sync.nonce-expired');
    });

    it('403 sync.device-revoked: hello and push of a device reported lost (the push raises an alert)', async () => {
      const body = await pushBody();
      const admin = await store.db.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirstOrThrow();
      const reportedBy = await findUserById(store.db, admin.id);
      if (reportedBy === undefined) throw new Error('no admin');
      await reportDeviceLost(store.db, hq.signer, { deviceId: device.id, reportedBy, reason: 'stolen' }, clock.now);
      await refused(() => postSync(hq.app, 'hello', encodeCbor({ v: 1, device: device.code })), 403, 'sync.device-revoked');
      const response = await postSync(hq.app, 'push', body);
      expect(response.statusCode).toBe(403);
      const alerts = await store.db.selectFrom('alerts').select(['kind', 'subject']).execute();
      expect(alerts).toEqual([{ kind: 'revoked-key-signing', subject: device.code }]);
      expect((await syncRowCounts(store))['log_entries']).toBe(0);
    });

    it('503 sync.unavailable while HQ runs without its root key', async () => {
      const locked = await buildIdentityServer(store, clock, undefined);
      try {
        await refused(() => postSync(locked, 'hello', encodeCbor({ v: 1, device: device.code })), 503, 'sync.unavailable');
        await refused(async () => postSync(locked, 'push', await pushBody()), 503, 'sync.unavailable');
      } finally {
        await locked.close();
      }
    });
  });
});
