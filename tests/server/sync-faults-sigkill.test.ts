// HQ killed with SIGKILL during ingest (issue #7 point 7), on each engine: a device pushes 400 entries, in
// the client's batches, through a proxy. HQ is killed twice: the moment the proxy has handed it the whole
// second push (it dies receiving or ingesting it), then, restarted, as its answer to the next push starts (it
// committed; the answer is lost). Restarted once more on the same data, the devices sync again: HQ's log has
// leaves 0..n-1, every entry exactly once, every checkpoint verifies and is consistent, every receipt
// verifies (sync-fault-convergence.ts).
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { pendingEntries } from '../../src/app/sync/own-entries.ts';
import { nextPushBatch } from '../../src/app/sync/push-batch.ts';
import { CLIENT_PUSH_BATCH_BYTES, CLIENT_PUSH_BATCH_ENTRIES } from '../../src/core/sync/limits.ts';
import type { RootSigner } from '../../src/server/identity/root-signer.ts';
import type { Store } from '../../src/server/store/store.ts';
import { startCuttingProxy, type CuttingProxy } from '../support/cutting-proxy.ts';
import { startHq, type RunningHq } from '../support/hq-process.ts';
import { setUpAuthority, testPassphrase } from '../support/identity-fixture.ts';
import { staticFixtureDir } from '../support/static-fixture.ts';
import { enrolSimulatedDevice, type SimulatedDevice } from '../support/sync-device.ts';
import { checkConvergence } from '../support/sync-fault-convergence.ts';
import { freshFaultDatabase, type FaultDatabase } from '../support/sync-fault-database.ts';
import { connectionPerRequestFetch } from '../support/sync-fault-fetch.ts';
import { requestBody } from '../support/sync-fault-permits.ts';
import { syncUntilQuiet } from '../support/sync-fault-runs.ts';
import { testEngines } from '../support/test-engines.ts';

const PERMITS = 200;
const DAY = 86_400_000;
/** Three HQ process starts (each compiles the server with tsx) and 400 entries: more than the project's 30 s on a slow runner. */
const PROCESS_TEST_TIMEOUT_MS = 90_000;

type KillPoint = 'request-in-hand' | 'answer-started';

interface KilledPush {
  /** Own entries with a receipt after the interrupted run. */
  readonly receipted: number;
  /** The batch HQ was given when it died: the next one the device pushes. */
  readonly inFlight: number;
  /** Entries in HQ's log after it died. */
  readonly committed: number;
}

describe.each(testEngines())('HQ killed during ingest on $engine', ({ engine, skipReason }) => {
  describe.skipIf(skipReason !== undefined)(skipReason ?? 'restarted on the same data', () => {
    let database: FaultDatabase | undefined;
    let hq: RunningHq | undefined;
    let proxy: CuttingProxy | undefined;
    afterEach(async () => {
      await proxy?.close();
      await hq?.stop();
      await database?.dispose();
    });

    const serve = (fault: FaultDatabase) => startHq({ ...fault.env, HORNBILL_ROOT_PASSPHRASE: testPassphrase, STATIC_DIR: staticFixtureDir });

    async function withStore<T>(fault: FaultDatabase, use: (store: Store) => Promise<T>): Promise<T> {
      const store = await fault.open();
      try {
        return await use(store);
      } finally {
        await store.close();
      }
    }

    /** The authority and two devices enrolled before HQ runs; the officer holds 400 entries to push. */
    function prepare(fault: FaultDatabase): Promise<{ signer: RootSigner; officer: SimulatedDevice; approver: SimulatedDevice }> {
      return withStore(fault, async (store) => {
        const enrolledAt = new Date(Date.now() - DAY);
        const { signer } = await setUpAuthority(store, enrolledAt);
        const enrolment = { store, signer, enrolledAt, referenceNow: () => Date.now() };
        const officer = await enrolSimulatedDevice({ ...enrolment, username: 'officer', roles: ['officer'] });
        const approver = await enrolSimulatedDevice({ ...enrolment, username: 'approver', roles: ['approver'] });
        for (let index = 0; index < PERMITS; index++) {
          const permit = randomUUID();
          await officer.act(permit, 'submit', 'officer', requestBody(permit));
          await officer.act(permit, 'process', 'officer', {});
        }
        return { signer, officer, approver };
      });
    }

    /** Starts HQ, lets `device` sync through a proxy that kills HQ at `killAt` of its `push`-th push, and waits for HQ's death. */
    async function killDuringPush(fault: FaultDatabase, device: SimulatedDevice, push: number, killAt: KillPoint): Promise<KilledPush> {
      const running = await serve(fault);
      hq = running;
      let pushes = 0;
      let fatal: number | undefined;
      const killOn = (point: KillPoint) => (_phase: string, connection: number) => {
        if (point === killAt && connection === fatal) running.process.kill('SIGKILL');
      };
      proxy = await startCuttingProxy({
        targetPort: Number(new URL(running.url).port),
        // Nothing is cut, but the answer to the fatal push, if HQ lives to give one, is withheld.
        chooseCut: (phase, connection) => {
          if (phase !== 'push' || ++pushes !== push) return null;
          fatal = connection;
          return { direction: 'downstream', fraction: 0 };
        },
        onRequestForwarded: killOn('request-in-hand'),
        onAnswerStarted: killOn('answer-started'),
      });
      const interrupted = await device.sync(connectionPerRequestFetch(proxy.url));
      expect(interrupted).toMatchObject({ ok: false, problem: { code: 'network' } });
      await running.stop();
      expect(running.process.signalCode).toBe('SIGKILL');
      await proxy.close();
      [hq, proxy] = [undefined, undefined];
      const receipted = await device.db.receipts.count();
      const inFlight = nextPushBatch((await pendingEntries(device.db, device.code)).toPush, CLIENT_PUSH_BATCH_ENTRIES, CLIENT_PUSH_BATCH_BYTES).length;
      const committed = await withStore(fault, async (store) => (await store.db.selectFrom('log_entries').select('id').execute()).length);
      return { receipted, inFlight, committed };
    }

    it('loses and doubles nothing when HQ is killed twice during pushes of 400 entries and restarted', async () => {
      const fault = await freshFaultDatabase(engine);
      database = fault;
      const { signer, officer, approver } = await prepare(fault);

      // Killed with the second push in hand: the first batch is committed, the second whole or not at all.
      const receiving = await killDuringPush(fault, officer, 2, 'request-in-hand');
      expect(receiving.receipted).toBeGreaterThan(0);
      expect([receiving.receipted, receiving.receipted + receiving.inFlight]).toContain(receiving.committed);
      // Killed as it answers the first push after a restart: that batch is committed, its receipts are lost.
      const answering = await killDuringPush(fault, officer, 1, 'answer-started');
      expect(answering.receipted).toBe(receiving.receipted);
      expect(answering.committed).toBe(answering.receipted + answering.inFlight);

      hq = await serve(fault);
      await syncUntilQuiet([officer, approver], connectionPerRequestFetch(hq.url));
      await hq.stop();
      hq = undefined;

      const converged = await withStore(fault, (store) => checkConvergence(store, signer, [officer, approver]));
      expect(converged.problems).toEqual([]);
      expect(converged.entries).toBe(2 * PERMITS);
    }, PROCESS_TEST_TIMEOUT_MS);
  });
});
