// Fault tests of sync (issue #7 point 7), on each engine: connections cut at random byte offsets by a
// loopback proxy, two devices acting on one permit offline, device clocks days off. Afterwards HQ and every
// device hold exactly the same entries, none lost, none twice, and every Merkle proof verifies
// (sync-fault-convergence.ts). The cut plan comes from a fixed seed (SYNC_FAULT_SEED overrides it to replay
// or explore); the bench row runs many more cuts. SIGKILL during ingest: sync-faults-sigkill.test.ts.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/server/store/store.ts';
import { startCuttingProxy, type CuttingProxy } from '../support/cutting-proxy.ts';
import { testClock, type TestClock } from '../support/identity-fixture.ts';
import { seededRandom } from '../support/seeded-random.ts';
import { enrolSimulatedDevice, type SimulatedDevice } from '../support/sync-device.ts';
import { checkConvergence } from '../support/sync-fault-convergence.ts';
import { connectionPerRequestFetch } from '../support/sync-fault-fetch.ts';
import { startInProcessHq, type InProcessHq } from '../support/sync-fault-hq.ts';
import { endorseBody, issueBody, requestBody } from '../support/sync-fault-permits.ts';
import { randomCuts, syncUntilQuiet } from '../support/sync-fault-runs.ts';
import { ENTRIES_PER_PERMIT, permitLifecycleUnderFaults } from '../support/sync-fault-lifecycle.ts';
import { testEngines } from '../support/test-engines.ts';
import type { Role } from '../../src/core/permit/transition-roles.ts';

const SEED = Number(process.env['SYNC_FAULT_SEED'] ?? 20_261_126);
const DAY = 86_400_000;
/** Sync rounds through the cutting proxy, at least, in each stage of the permits' lives. */
const FAULTY_ROUNDS = 8;
const CUT_RATE = 0.5;

describe.each(testEngines())('sync under faults on $engine', ({ skipReason, openFresh }) => {
  describe.skipIf(skipReason !== undefined)(skipReason ?? 'with a fresh database', () => {
    let clock: TestClock;
    let store: Store;
    let dispose: () => Promise<void>;
    let hq: InProcessHq;
    let proxy: CuttingProxy | undefined;

    beforeEach(async () => {
      clock = testClock(new Date('2026-11-26T09:00:00Z'));
      ({ store, dispose } = await openFresh());
      hq = await startInProcessHq(store, clock);
    });
    afterEach(async () => {
      await proxy?.close();
      proxy = undefined;
      await hq.close();
      await dispose();
    });

    const direct = () => connectionPerRequestFetch(hq.url);

    /**
     * A device of one user, its clock `offsetDays` off HQ's. Enrolled a month ago: its certificates are valid
     * from enrolment, so a clock days behind on a tablet enrolled the same day signs entries its certificate
     * does not cover yet (HQ quarantines them as key.not-valid).
     */
    function device(username: string, roles: readonly Role[], offsetDays = 0): Promise<SimulatedDevice> {
      const enrolledAt = new Date(clock.now.getTime() - 30 * DAY);
      return enrolSimulatedDevice({ store, signer: hq.signer, username, roles, enrolledAt, referenceNow: () => clock.now.getTime(), clockOffsetMs: offsetDays * DAY });
    }

    async function alertsOf(kind: string): Promise<string[]> {
      const rows = await store.db.selectFrom('alerts').select('subject').where('kind', '=', kind).orderBy('subject').execute();
      return rows.map((row) => row.subject);
    }

    it(`converges after connections cut at random offsets in every phase (seed ${SEED})`, async () => {
      const devices = {
        officer: await device('officer', ['officer']),
        approver: await device('approver', ['approver']),
        inspector: await device('inspector', ['inspector']),
      };
      const permits = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
      proxy = await startCuttingProxy({ targetPort: hq.port, chooseCut: randomCuts(seededRandom(SEED), CUT_RATE) });
      const tally = await permitLifecycleUnderFaults({
        devices,
        permits,
        faulty: connectionPerRequestFetch(proxy.url),
        clean: direct(),
        advanceClock: () => clock.advance(60_000),
        moreRounds: (_stage, round) => round < FAULTY_ROUNDS,
      });

      const phasesCut = new Set(proxy.cuts.map((one) => `${one.phase} ${one.direction}`));
      expect([...phasesCut].sort()).toEqual(['hello downstream', 'hello upstream', 'pull downstream', 'pull upstream', 'push downstream', 'push upstream']);
      // A cut is a network problem to the client, never a refused answer, an alarm or a storage failure.
      expect([...tally.problems.keys()]).toEqual(['network']);
      const converged = await checkConvergence(store, hq.signer, Object.values(devices));
      expect(converged.problems).toEqual([]);
      expect(converged.entries).toBe(permits.length * ENTRIES_PER_PERMIT);
    });

    it('keeps both endorsements of one permit made offline on two devices, and raises a double-endorsement alert', async () => {
      const officer = await device('officer', ['officer']);
      const approver = await device('approver', ['approver']);
      const port = await device('inspector-port', ['inspector']);
      const airport = await device('inspector-airport', ['inspector']);
      const devices = [officer, approver, port, airport];
      const permit = randomUUID();
      await officer.act(permit, 'submit', 'officer', requestBody(permit));
      await officer.act(permit, 'process', 'officer', {});
      await syncUntilQuiet(devices, direct());
      await approver.act(permit, 'approve', 'approver', {});
      await approver.act(permit, 'issue', 'approver', issueBody(permit, approver.code, 1));
      await syncUntilQuiet(devices, direct());

      // Offline, both inspectors endorse the permit each holds as issued (at the same wall time as the issue:
      // each device's clock moved past the entries it pulled, so its act still comes after them).
      const atPort = await port.act(permit, 'endorse', 'inspector', endorseBody(permit, 1));
      const atAirport = await airport.act(permit, 'endorse', 'inspector', endorseBody(permit, 2));
      await syncUntilQuiet(devices, direct());

      const endorsements = await store.db.selectFrom('log_entries').select('id').where('permit', '=', permit).where('action', '=', 'endorsed').orderBy('id').execute();
      expect(endorsements.map((row) => row.id)).toEqual([atPort.id, atAirport.id].sort());
      expect(await alertsOf('double-endorsement')).toEqual([permit]);
      for (const holder of [port, airport]) {
        const held = await holder.db.entries.where('permit').equals(permit).filter((entry) => entry.action === 'endorsed').primaryKeys();
        expect(held.sort()).toEqual([atPort.id, atAirport.id].sort());
      }
      const converged = await checkConvergence(store, hq.signer, devices);
      expect(converged.problems).toEqual([]);
      expect(converged.entries).toBe(6);
    });

    it('accepts the entries of device clocks days off, raises clock-skew alerts for them, and converges', async () => {
      const officer = await device('officer', ['officer'], 3);
      const approver = await device('approver', ['approver'], -5);
      const inspector = await device('inspector', ['inspector']);
      const devices = [officer, approver, inspector];
      const permit = randomUUID();
      await officer.act(permit, 'submit', 'officer', requestBody(permit));
      await officer.act(permit, 'process', 'officer', {});
      await syncUntilQuiet(devices, direct());
      clock.advance(3_600_000);
      await approver.act(permit, 'approve', 'approver', {});
      await approver.act(permit, 'issue', 'approver', issueBody(permit, approver.code, 1));
      await syncUntilQuiet(devices, direct());
      clock.advance(3_600_000);
      await inspector.act(permit, 'endorse', 'inspector', endorseBody(permit, 0));
      await syncUntilQuiet(devices, direct());

      expect(await alertsOf('clock-skew')).toEqual([officer.code, approver.code].sort());
      expect((await store.db.selectFrom('permits').select('status').where('id', '=', permit).executeTakeFirstOrThrow()).status).toBe('endorsed');
      const converged = await checkConvergence(store, hq.signer, devices);
      expect(converged.problems).toEqual([]);
      expect(converged.entries).toBe(5);
    });
  });
});
