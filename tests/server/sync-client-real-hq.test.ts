// The device's sync client (src/app/sync) against the real HQ: the HTTP server in this process on each engine,
// devices simulated in Node over fake-indexeddb (sync-device.ts). One permit's life across three devices:
// what each device pushes is receipted and verifiable, what the others pull lands in their entries, permits,
// lists, checkpoints and cursor, and syncing again changes nothing.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordPermitAct } from '../../src/app/log/record-permit-act.ts';
import { pendingEntries } from '../../src/app/sync/own-entries.ts';
import { newestCheckpoint } from '../../src/app/sync/newest-checkpoint.ts';
import { readSyncState } from '../../src/app/sync/sync-state.ts';
import { fromHex } from '../../src/core/crypto/bytes.ts';
import { leafHash } from '../../src/core/log/merkle-hash.ts';
import { verifyInclusion } from '../../src/core/log/merkle-proof.ts';
import type { Role } from '../../src/core/permit/transition-roles.ts';
import type { Store } from '../../src/server/store/store.ts';
import { testAccount } from '../app/signed-in-session.ts';
import { testClock, type TestClock } from '../support/identity-fixture.ts';
import { enrolSimulatedDevice, type SimulatedDevice } from '../support/sync-device.ts';
import { connectionPerRequestFetch } from '../support/sync-fault-fetch.ts';
import { startInProcessHq, type InProcessHq } from '../support/sync-fault-hq.ts';
import { endorseBody, issueBody, requestBody } from '../support/sync-fault-permits.ts';
import { testEngines } from '../support/test-engines.ts';

const DAY = 86_400_000;

describe.each(testEngines())('the device sync client against HQ on $engine', ({ skipReason, openFresh }) => {
  describe.skipIf(skipReason !== undefined)(skipReason ?? 'with a fresh database', () => {
    let clock: TestClock;
    let store: Store;
    let dispose: () => Promise<void>;
    let hq: InProcessHq;

    beforeEach(async () => {
      clock = testClock(new Date('2026-11-26T09:00:00Z'));
      ({ store, dispose } = await openFresh());
      hq = await startInProcessHq(store, clock);
    });
    afterEach(async () => {
      await hq.close();
      await dispose();
    });

    function device(username: string, roles: readonly Role[]): Promise<SimulatedDevice> {
      return enrolSimulatedDevice({ store, signer: hq.signer, username, roles, enrolledAt: new Date(clock.now.getTime() - DAY), referenceNow: () => clock.now.getTime() });
    }

    async function syncOk(simulated: SimulatedDevice) {
      const result = await simulated.sync(connectionPerRequestFetch(hq.url));
      if (!result.ok) throw new Error(`${simulated.code}: ${result.problem.code}: ${result.problem.detail}`);
      return result;
    }

    it('relays another user\'s records on a shared tablet with the signed-in user\'s sync', async () => {
      const first = await device('amina', ['officer']);
      // Another user of the same tablet, enrolled there with a key of their own: the tablet is first's database.
      const second = await device('baraka', ['officer']);
      const secondIdentity = second.identity('officer');
      await first.db.accounts.put({ ...testAccount('officer', clock.now.getTime()), userId: second.userId, deviceId: secondIdentity.deviceId, deviceCode: second.code });
      const permit = randomUUID();
      const recorded = await recordPermitAct(first.db, secondIdentity, permit, 'submit', requestBody(permit), first.now());
      if (!recorded.ok) throw new Error(recorded.error.code);

      expect(await syncOk(first)).toMatchObject({ pushed: 1 });
      expect(await pendingEntries(first.db, first.code)).toMatchObject({ toPush: [], unreceipted: 0 });
      expect(await first.db.receipts.get(recorded.value.entry.id)).toBeDefined();
      const stored = await store.db.selectFrom('log_entries').select(['device', 'seq']).where('permit', '=', permit).execute();
      expect(stored).toEqual([{ device: second.code, seq: 0 }]);
    });

    it('pushes with verified receipts, pulls other devices’ acts and lists, and a second sync changes nothing', async () => {
      const officer = await device('officer', ['officer']);
      const approver = await device('approver', ['approver']);
      const inspector = await device('inspector', ['inspector']);
      const permit = randomUUID();
      await officer.act(permit, 'submit', 'officer', requestBody(permit));
      await officer.act(permit, 'process', 'officer', {});

      expect(await syncOk(officer)).toMatchObject({ pushed: 2, pulled: 0 });
      expect(await pendingEntries(officer.db, officer.code)).toMatchObject({ toPush: [], unreceipted: 0 });
      const checkpoint = await newestCheckpoint(officer.db);
      if (checkpoint === undefined) throw new Error('no checkpoint stored');
      for (const receipt of await officer.db.receipts.toArray()) {
        const row = await officer.db.checkpoints.get(receipt.treeSize);
        expect(verifyInclusion(receipt.leafIndex, receipt.treeSize, leafHash(fromHex(receipt.entryId)), receipt.proof, fromHex(row?.rootHash ?? ''))).toEqual({ ok: true });
      }

      clock.advance(60_000);
      expect(await syncOk(approver)).toMatchObject({ pushed: 0, pulled: 2 });
      expect((await approver.db.permits.get(permit))?.status).toBe('processed');
      expect(await approver.db.trustLists.count()).toBeGreaterThan(0);
      expect((await readSyncState(approver.db)).pullCursor).toBeGreaterThan(0);

      await approver.act(permit, 'approve', 'approver', {});
      await approver.act(permit, 'issue', 'approver', issueBody(permit, approver.code, 1));
      await syncOk(approver);
      await syncOk(inspector);
      await inspector.act(permit, 'endorse', 'inspector', endorseBody(permit, 0));
      await syncOk(inspector);
      clock.advance(60_000);

      const pulled = await syncOk(officer);
      expect(pulled).toMatchObject({ pushed: 0, pulled: 3, refused: [] });
      expect((await officer.db.permits.get(permit))?.status).toBe('endorsed');
      expect(await officer.db.entries.where('permit').equals(permit).count()).toBe(5);
      expect((await officer.db.statusLists.toArray()).length).toBeGreaterThan(0);

      const logSize = async () => (await store.db.selectFrom('log_entries').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow()).count;
      const before = { hq: Number(await logSize()), entries: await officer.db.entries.count(), cursor: (await readSyncState(officer.db)).pullCursor };
      expect(await syncOk(officer)).toMatchObject({ pushed: 0, pulled: 0 });
      expect({ hq: Number(await logSize()), entries: await officer.db.entries.count(), cursor: (await readSyncState(officer.db)).pullCursor }).toEqual(before);
    });
  });
});
