import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHex } from '../../src/core/crypto/bytes.ts';
import { openSignedCheckpoint } from '../../src/core/log/checkpoint.ts';
import { verifyConsistency } from '../../src/core/log/merkle-proof.ts';
import { formatVerifierKey, parseVerifierKey } from '../../src/core/log/note-verifier-key.ts';
import type { SignedEntry } from '../../src/core/log/entry.ts';
import { MAX_PULL_RESPONSE_BYTES } from '../../src/core/sync/limits.ts';
import { PROTOCOL_VERSION } from '../../src/core/sync/wire-types.ts';
import { pullResponseSchema, type PullBody } from '../../src/core/sync/pull.ts';
import { latestTrustList } from '../../src/server/identity/trust-publisher.ts';
import type { RootSigner } from '../../src/server/identity/root-signer.ts';
import { deriveLogKey, type HqLogKey } from '../../src/server/sync/log-key.ts';
import { createMerkleLog } from '../../src/server/sync/merkle-log.ts';
import { handlePull, type PullRequest } from '../../src/server/sync/pull.ts';
import { createPullLeafCache } from '../../src/server/sync/pull-leaf-cache.ts';
import type { Store } from '../../src/server/store/store.ts';
import { appendToLog, checkpointNow, logDevice, type LogDevice } from '../support/hq-log-fixture.ts';
import type { StoredCheckpoint } from '../../src/server/sync/checkpoints.ts';
import { setUpAuthority, testClock, userWithPassword } from '../support/identity-fixture.ts';
import { signEntry } from '../support/sync-ingest-client.ts';
import { testEngines } from '../support/test-engines.ts';

const permitA = '0b7e1d9c-5a52-4d6e-9a0e-1f0000000001';
const permitB = '0b7e1d9c-5a52-4d6e-9a0e-1f0000000002';

describe.each(testEngines())('pull on $engine', ({ skipReason, openFresh }) => {
  describe.skipIf(skipReason !== undefined)(skipReason ?? 'with a fresh database', () => {
    const clock = testClock();
    let store: Store;
    let dispose: () => Promise<void>;
    let signer: RootSigner;
    let logKey: HqLogKey;
    let officer: LogDevice;
    let approver: LogDevice;
    let puller: LogDevice;
    /** Leaf indexes of the entries the puller should receive, below the first checkpoint. */
    const expected: number[] = [];
    const bytesAt = new Map<number, Uint8Array>();
    let first: StoredCheckpoint;
    // One leaf cache for every pull of the file, as in a running HQ: later pulls must still see newer leaves.
    const leaves = createPullLeafCache();
    const context = () => ({ db: store.db, log: createMerkleLog(), leaves, clock: clock.read });

    async function stored(device: LogDevice, entries: SignedEntry[]): Promise<number[]> {
      const leaves = await appendToLog(store, device, entries, clock.now);
      leaves.forEach((leaf, i) => bytesAt.set(leaf, entries[i]?.bytes ?? new Uint8Array()));
      return leaves;
    }

    function pullRequest(pull: Partial<PullBody>, device = puller): PullRequest {
      return {
        v: PROTOCOL_VERSION,
        kind: 'pull',
        device: device.code,
        nonce: new Uint8Array(16),
        sentAt: clock.now.getTime() + 1_500,
        pending: 3,
        pull: { cursor: 0, treeSize: 0, trustListVersion: 0, statusListVersion: 0, quotaSharesVersion: 0, limit: 1000, ...pull },
      };
    }

    beforeAll(async () => {
      ({ store, dispose } = await openFresh());
      ({ signer } = await setUpAuthority(store, clock.now));
      logKey = await deriveLogKey(signer, clock.now.getTime());
      const officerUser = await userWithPassword(store, 'officer', ['officer'], clock.now);
      const approverUser = await userWithPassword(store, 'approver', ['approver'], clock.now);
      const inspectorUser = await userWithPassword(store, 'inspector', ['officer', 'inspector'], clock.now);
      officer = await logDevice(store, signer, officerUser.id, clock.now);
      approver = await logDevice(store, signer, approverUser.id, clock.now);
      puller = await logDevice(store, signer, inspectorUser.id, clock.now);
      const t = clock.now.getTime();
      expected.push(...await stored(officer, [
        await signEntry(officer, { role: 'officer', action: 'drafted', permit: permitA, at: t }),
      ]));
      await stored(officer, [await signEntry(officer, { role: 'officer', action: 'login', permit: null, at: t + 1 })]);
      await stored(puller, [await signEntry(puller, { role: 'officer', action: 'drafted', permit: permitB, at: t + 2 })]);
      expected.push(...await stored(approver, [
        await signEntry(approver, { role: 'approver', action: 'approved', permit: permitA, at: t + 3 }),
        await signEntry(approver, { role: 'approver', action: 'issued', permit: permitA, at: t + 4 }),
      ]));
      expected.push(...await stored(officer, [await signEntry(officer, { role: 'officer', action: 'drafted', permit: permitB, at: t + 5 })]));
      first = await checkpointNow(store, logKey, clock.now);
    });
    afterAll(async () => {
      await dispose();
    });

    it('sends other devices’ permit entries, in leaf order, with their exact bytes, and the newest checkpoint', async () => {
      const response = await handlePull(context(), pullRequest({}));
      expect(pullResponseSchema.safeParse(response).success).toBe(true);
      expect(response.entries.map((entry) => entry.leafIndex)).toEqual(expected);
      for (const entry of response.entries) expect(toHex(entry.bytes)).toBe(toHex(bytesAt.get(entry.leafIndex) ?? new Uint8Array()));
      expect(response).toMatchObject({ nextCursor: first.treeSize, more: false, checkpoint: first.note, consistency: [] });
      expect(response.hqTime).toBe(clock.now.getTime());
    });

    it('pages with limit and cursor: more until the last page, and the pages add up to one full pull', async () => {
      const seen: number[] = [];
      let cursor = 0;
      for (let pulls = 0; pulls < 10; pulls++) {
        const response = await handlePull(context(), pullRequest({ cursor, limit: 1 }));
        seen.push(...response.entries.map((entry) => entry.leafIndex));
        expect(response.nextCursor).toBeGreaterThan(cursor);
        cursor = response.nextCursor;
        if (!response.more) break;
        expect(response.entries).toHaveLength(1);
      }
      expect(seen).toEqual(expected);
      expect(cursor).toBe(first.treeSize);
    });

    it('sends nothing beyond the newest checkpoint, and what it withheld once a new checkpoint covers it', async () => {
      const t = clock.now.getTime();
      const later = await stored(approver, [await signEntry(approver, { role: 'approver', action: 'cancelled', permit: permitB, at: t + 10 })]);
      const before = await handlePull(context(), pullRequest({ cursor: first.treeSize, treeSize: first.treeSize }));
      expect(before).toMatchObject({ entries: [], nextCursor: first.treeSize, more: false, checkpoint: first.note, consistency: [] });

      const second = await checkpointNow(store, logKey, clock.now);
      const after = await handlePull(context(), pullRequest({ cursor: first.treeSize, treeSize: first.treeSize }));
      expect(after.entries.map((entry) => entry.leafIndex)).toEqual(later);
      expect(after.checkpoint).toBe(second.note);
      expect(after.nextCursor).toBe(second.treeSize);
    });

    it('proves the newest checkpoint consistent with the device’s older one', async () => {
      const response = await handlePull(context(), pullRequest({ cursor: first.treeSize, treeSize: first.treeSize }));
      const verifier = parseVerifierKey(formatVerifierKey(logKey.origin, logKey.publicKey));
      if (!verifier.ok) throw new Error(verifier.reason);
      const newest = await openSignedCheckpoint(response.checkpoint, [verifier.value]);
      if (!newest.ok) throw new Error(newest.reason);
      expect(newest.value.size).toBeGreaterThan(first.treeSize);
      expect(response.consistency.length).toBeGreaterThan(0);
      expect(verifyConsistency(first.treeSize, newest.value.size, response.consistency, first.rootHash, newest.value.rootHash).ok).toBe(true);
      expect(verifyConsistency(first.treeSize, newest.value.size, response.consistency.slice(1), first.rootHash, newest.value.rootHash).ok).toBe(false);
    });

    it('answers an empty proof when the device holds the same tree size, or a larger one than HQ (the device raises the alarm)', async () => {
      const newest = await handlePull(context(), pullRequest({}));
      const size = newest.nextCursor;
      expect((await handlePull(context(), pullRequest({ treeSize: size }))).consistency).toEqual([]);
      expect((await handlePull(context(), pullRequest({ treeSize: size + 5 }))).consistency).toEqual([]);
    });

    it('sends the trust list and the status list only when newer than the device’s', async () => {
      const trust = await latestTrustList(store.db);
      if (trust === undefined) throw new Error('no trust list');
      const older = await handlePull(context(), pullRequest({ trustListVersion: trust.version - 1 }));
      expect(toHex(older.trustList ?? new Uint8Array())).toBe(toHex(trust.signed));
      expect((await handlePull(context(), pullRequest({ trustListVersion: trust.version }))).trustList).toBeNull();

      expect((await handlePull(context(), pullRequest({}))).statusList).toBeNull();
      const signedStatus = new Uint8Array([0xd2, 1, 2, 3]);
      await store.db.insertInto('status_list_versions').values({ version: 1, issued_at: clock.now.toISOString(), signed: Buffer.from(signedStatus).toString('base64') }).execute();
      expect(toHex((await handlePull(context(), pullRequest({ statusListVersion: 0 }))).statusList ?? new Uint8Array())).toBe(toHex(signedStatus));
      expect((await handlePull(context(), pullRequest({ statusListVersion: 1 }))).statusList).toBeNull();
    });

    it('lists the users holding certificates for the device, with their removal time', async () => {
      const response = await handlePull(context(), pullRequest({}));
      expect(response.users).toEqual([{ id: puller.userId, removedAt: null }]);
    });

    it('records the device’s last sync, clock skew and pending count, leaving a pushed chain head alone', async () => {
      await handlePull(context(), pullRequest({}));
      const row = await store.db.selectFrom('device_chains').selectAll().where('device', '=', puller.code).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ last_sync_at: clock.now.toISOString(), clock_skew_ms: 1_500, pending: 3, next_seq: 0 });

      await store.db.updateTable('device_chains').set({ next_seq: 7, head_id: 'ab'.repeat(32), head_hlc: '5.0' }).where('device', '=', puller.code).execute();
      clock.advance(60_000);
      await handlePull(context(), { ...pullRequest({}), pending: 0 });
      const again = await store.db.selectFrom('device_chains').selectAll().where('device', '=', puller.code).executeTakeFirstOrThrow();
      expect(again).toMatchObject({ last_sync_at: clock.now.toISOString(), pending: 0, next_seq: 7, head_id: 'ab'.repeat(32), head_hlc: '5.0' });
    });

    it('stops at about 1 MiB of entries and says there is more, the next pull going on from there', async () => {
      const from = (await handlePull(context(), pullRequest({}))).nextCursor;
      const t = clock.now.getTime() + 60_000;
      const large: SignedEntry[] = [];
      for (let i = 0; i < 20; i++) {
        large.push(await signEntry(officer, { role: 'officer', action: 'altered', permit: permitA, at: t + i, body: { note: 'x'.repeat(60_000) } }));
      }
      const leaves = await stored(officer, large);
      await checkpointNow(store, logKey, clock.now);
      const first = await handlePull(context(), pullRequest({ cursor: from }));
      const bytes = first.entries.reduce((sum, entry) => sum + entry.bytes.length, 0);
      expect(first.more).toBe(true);
      expect(bytes).toBeLessThanOrEqual(MAX_PULL_RESPONSE_BYTES);
      expect(bytes + (large[first.entries.length]?.bytes.length ?? 0)).toBeGreaterThan(MAX_PULL_RESPONSE_BYTES);
      const rest = await handlePull(context(), pullRequest({ cursor: first.nextCursor }));
      expect(rest.more).toBe(false);
      expect([...first.entries, ...rest.entries].map((entry) => entry.leafIndex)).toEqual(leaves);
    });

    it('raises a clock-skew alert for a device clock more than 15 minutes off', async () => {
      await handlePull(context(), { ...pullRequest({}, officer), sentAt: clock.now.getTime() - 20 * 60_000 });
      const alerts = await store.db.selectFrom('alerts').selectAll().where('kind', '=', 'clock-skew').execute();
      expect(alerts.map((alert) => alert.subject)).toEqual([officer.code]);
    });
  });
});
