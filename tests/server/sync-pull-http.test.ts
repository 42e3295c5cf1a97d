import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toHex } from '../../src/core/crypto/bytes.ts';
import { openSignedCheckpoint, type Checkpoint } from '../../src/core/log/checkpoint.ts';
import type { SignedEntry } from '../../src/core/log/entry.ts';
import { verifyConsistency } from '../../src/core/log/merkle-proof.ts';
import { formatVerifierKey, parseVerifierKey } from '../../src/core/log/note-verifier-key.ts';
import { verifyLogKeyStatement } from '../../src/core/sync/log-key-statement.ts';
import { pullResponseSchema, type PullBody, type PullResponse } from '../../src/core/sync/pull.ts';
import { signSyncRequest } from '../../src/core/sync/signed-request.ts';
import type { Store } from '../../src/server/store/store.ts';
import { newDeviceKey } from '../support/device-fixture.ts';
import type { LogDevice } from '../support/hq-log-fixture.ts';
import { testClock, type TestClock } from '../support/identity-fixture.ts';
import { hello, postSync, push, signEntry, syncReply, syncRowCounts, type SyncReply } from '../support/sync-ingest-client.ts';
import { deviceOf, syncHq, type SyncHq } from '../support/sync-ingest-hq.ts';
import { testEngines, type FreshStore } from '../support/test-engines.ts';

const PERMIT = '7a1e0c52-3b9d-4f6e-8a21-5c0d9e8f7a61';
const MINUTE = 60_000;
const noPull: PullBody = { cursor: 0, treeSize: 0, trustListVersion: 0, statusListVersion: 0, quotaSharesVersion: 0, limit: 1000 };

describe.each(testEngines())('sync pull over HTTP on $engine', ({ skipReason, openFresh }) => {
  describe.skipIf(skipReason !== undefined)(skipReason ?? 'with a fresh database', () => {
    let fresh: FreshStore;
    let store: Store;
    let clock: TestClock;
    let hq: SyncHq;
    let officer: LogDevice;
    let approver: LogDevice;
    let inspector: LogDevice;

    beforeEach(async () => {
      fresh = await openFresh();
      store = fresh.store;
      clock = testClock();
      hq = await syncHq(store, clock);
      officer = await deviceOf(store, hq, 'olive', ['officer'], clock.now);
      approver = await deviceOf(store, hq, 'abel', ['approver'], clock.now);
      inspector = await deviceOf(store, hq, 'ines', ['inspector', 'officer'], clock.now);
    });
    afterEach(async () => {
      await hq.app.close();
      await fresh.dispose();
    });

    const at = (minutes: number) => clock.now.getTime() + minutes * MINUTE;

    async function nonceFor(device: LogDevice): Promise<Uint8Array> {
      const greeting = await hello(hq.app, device.code);
      if (greeting.message === undefined) throw new Error(`hello answered ${greeting.status} ${greeting.code}`);
      return greeting.message.nonce;
    }

    async function pushed(device: LogDevice, entries: readonly SignedEntry[]): Promise<string> {
      const reply = await push(hq.app, device, entries.map((entry) => entry.bytes), { nonce: await nonceFor(device), sentAt: clock.now.getTime() });
      if (reply.message?.receipt == null || reply.message.rejected.length > 0) throw new Error(`push answered ${reply.status} ${reply.code}`);
      return reply.message.receipt.checkpoint;
    }

    async function pullAs(device: LogDevice, pull: Partial<PullBody> = {}, nonce?: Uint8Array): Promise<SyncReply<PullResponse>> {
      const body = await signSyncRequest(device.key.seed, {
        v: 1, device: device.code, nonce: nonce ?? (await nonceFor(device)), sentAt: clock.now.getTime(), pending: 0, kind: 'pull', pull: { ...noPull, ...pull },
      });
      const response = await postSync(hq.app, 'pull', body);
      return syncReply(response.statusCode, response.headers['content-type'], response.rawPayload, pullResponseSchema);
    }

    async function opened(note: string): Promise<Checkpoint> {
      const statement = await verifyLogKeyStatement((await hello(hq.app, inspector.code)).message?.logKey ?? new Uint8Array(), hq.rootPublicKey);
      if (!statement.ok) throw new Error(statement.reason);
      const key = parseVerifierKey(formatVerifierKey(statement.value.origin, statement.value.publicKey));
      if (!key.ok) throw new Error(key.reason);
      const checkpoint = await openSignedCheckpoint(note, [key.value]);
      if (!checkpoint.ok) throw new Error(checkpoint.reason);
      return checkpoint.value;
    }

    it('delivers the pushed permit entries of the other devices, and proves the log grew consistently', async () => {
      const officerEntries = [
        await signEntry(officer, { role: 'officer', action: 'requested', permit: PERMIT, at: at(1) }),
        await signEntry(officer, { role: 'officer', action: 'processed', permit: PERMIT, at: at(2) }),
      ];
      const firstNote = await pushed(officer, officerEntries);
      await pushed(inspector, [await signEntry(inspector, { role: 'officer', action: 'requested', permit: '7a1e0c52-3b9d-4f6e-8a21-5c0d9e8f7a62', at: at(3) })]);
      const approverEntries = [await signEntry(approver, { role: 'approver', action: 'approved', permit: PERMIT, at: at(4) })];
      await pushed(approver, approverEntries);

      const reply = await pullAs(inspector);
      expect(reply.status).toBe(200);
      expect(reply.contentType).toContain('application/cbor');
      const response = reply.message;
      if (response === undefined) throw new Error('no pull response');
      expect(response.entries.map((entry) => toHex(entry.bytes))).toEqual([...officerEntries, ...approverEntries].map((entry) => toHex(entry.bytes)));
      expect(response.entries.map((entry) => entry.leafIndex)).toEqual([0, 1, 3]);
      expect(response).toMatchObject({ nextCursor: 4, more: false, consistency: [] });

      const first = await opened(firstNote);
      const newest = await opened(response.checkpoint);
      expect(newest.size).toBe(4);
      const again = await pullAs(inspector, { cursor: 4, treeSize: first.size });
      const proof = again.message?.consistency ?? [];
      expect(again.message?.entries).toEqual([]);
      expect(verifyConsistency(first.size, newest.size, proof, first.rootHash, newest.rootHash).ok).toBe(true);
    });

    it('refuses a request that is not signed by the device’s key, and stores nothing', async () => {
      const nonce = await nonceFor(inspector);
      const before = await syncRowCounts(store);
      const forged = await signSyncRequest((await newDeviceKey()).seed, {
        v: 1, device: inspector.code, nonce, sentAt: clock.now.getTime(), pending: 0, kind: 'pull', pull: noPull,
      });
      const response = await postSync(hq.app, 'pull', forged);
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe('sync.unauthenticated');
      expect(await syncRowCounts(store)).toEqual(before);
    });

    it('refuses a nonce that hello never issued to this device (401, say hello again), and stores nothing', async () => {
      const othersNonce = await nonceFor(officer);
      const before = await syncRowCounts(store);
      const reply = await pullAs(inspector, {}, othersNonce);
      expect([reply.status, reply.code]).toEqual([401, 'sync.nonce-expired']);
      expect(await syncRowCounts(store)).toEqual(before);
    });

    it('refuses malformed bodies with 4xx and stores nothing', async () => {
      const nonce = await nonceFor(inspector);
      const pushToPull = await signSyncRequest(inspector.key.seed, {
        v: 1, device: inspector.code, nonce, sentAt: clock.now.getTime(), pending: 0, kind: 'push', push: { entries: [new Uint8Array([0xa0])] },
      });
      const before = await syncRowCounts(store);
      const notCbor = await postSync(hq.app, 'pull', new TextEncoder().encode('{"pull": true}'));
      expect([notCbor.statusCode, notCbor.json().error.code]).toEqual([400, 'sync.malformed']);
      const asJson = await hq.app.inject({ method: 'POST', url: '/api/v1/sync/pull', payload: { pull: true } });
      expect(asJson.statusCode).toBe(415);
      const wrongKind = await postSync(hq.app, 'pull', pushToPull);
      expect([wrongKind.statusCode, wrongKind.json().error.code]).toEqual([400, 'sync.malformed']);
      expect(await syncRowCounts(store)).toEqual(before);
    });
  });
});
