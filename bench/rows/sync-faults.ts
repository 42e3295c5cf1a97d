// Sync under cut connections, at scale (DESIGN §10 fault tests; the CI test is tests/server/sync-faults.test.ts):
// three simulated devices take PERMITS permits through their lives (requested, processed, approved, issued,
// endorsed, each device acting on what it pulled) against HQ on SQLite, through a loopback proxy that cuts
// connections at random byte offsets until about CUTS cuts were made; then clean syncs until quiet, and the
// convergence check (every entry once at HQ and on every device, every receipt and checkpoint proven).
// Baseline, in the same run: the same lives through the same proxy with no cuts. SYNC_FAULT_SEED replays a
// run; otherwise the seed is random and printed in the note.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/server/store/open-store.ts';
import { startCuttingProxy, type Cut } from '../../tests/support/cutting-proxy.ts';
import { testClock } from '../../tests/support/identity-fixture.ts';
import { seededRandom } from '../../tests/support/seeded-random.ts';
import { enrolSimulatedDevice } from '../../tests/support/sync-device.ts';
import { checkConvergence } from '../../tests/support/sync-fault-convergence.ts';
import { connectionPerRequestFetch } from '../../tests/support/sync-fault-fetch.ts';
import { startInProcessHq } from '../../tests/support/sync-fault-hq.ts';
import { permitLifecycleUnderFaults } from '../../tests/support/sync-fault-lifecycle.ts';
import { randomCuts, type FaultTally } from '../../tests/support/sync-fault-runs.ts';
import type { BenchRow } from '../table.ts';

const PERMITS = 20;
const CUTS = 500;
const CUT_RATE = 0.5;
const STAGES = 3;
const DAY = 86_400_000;

interface LifecycleRun {
  readonly milliseconds: number;
  readonly cuts: readonly Cut[];
  readonly tally: FaultTally;
  readonly entries: number;
  readonly problems: readonly string[];
}

async function lifecycleRun(seed: number, cutRate: number, targetCuts: number): Promise<LifecycleRun> {
  const dataDir = await mkdtemp(join(tmpdir(), 'hornbill-bench-sync-faults-'));
  const store = await openStore({ dataDir, databaseUrl: undefined });
  const clock = testClock(new Date('2026-11-26T09:00:00Z'));
  const hq = await startInProcessHq(store, clock);
  const proxy = await startCuttingProxy({ targetPort: hq.port, chooseCut: randomCuts(seededRandom(seed), cutRate) });
  try {
    const enrolment = { store, signer: hq.signer, enrolledAt: new Date(clock.now.getTime() - 30 * DAY), referenceNow: () => clock.now.getTime() };
    const devices = {
      officer: await enrolSimulatedDevice({ ...enrolment, username: 'officer', roles: ['officer'] }),
      approver: await enrolSimulatedDevice({ ...enrolment, username: 'approver', roles: ['approver'] }),
      inspector: await enrolSimulatedDevice({ ...enrolment, username: 'inspector', roles: ['inspector'] }),
    };
    const start = performance.now();
    const tally = await permitLifecycleUnderFaults({
      devices,
      permits: Array.from({ length: PERMITS }, () => randomUUID()),
      faulty: connectionPerRequestFetch(proxy.url),
      clean: connectionPerRequestFetch(hq.url),
      advanceClock: () => clock.advance(60_000),
      moreRounds: (stage) => proxy.cuts.length < (targetCuts * (stage + 1)) / STAGES,
    });
    const milliseconds = performance.now() - start;
    const converged = await checkConvergence(store, hq.signer, Object.values(devices));
    for (const device of Object.values(devices)) device.db.close();
    return { milliseconds, cuts: [...proxy.cuts], tally, entries: converged.entries, problems: converged.problems };
  } finally {
    await proxy.close();
    await hq.close();
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

function cutsByPhase(cuts: readonly Cut[]): string {
  const counts = new Map<string, number>();
  for (const cut of cuts) counts.set(`${cut.phase} ${cut.direction}`, (counts.get(`${cut.phase} ${cut.direction}`) ?? 0) + 1);
  return [...counts].sort().map(([phase, count]) => `${phase} ${count}`).join(', ');
}

export async function syncFaultRows(): Promise<BenchRow[]> {
  const seed = Number(process.env['SYNC_FAULT_SEED'] ?? Math.floor(Math.random() * 2 ** 32));
  const cut = await lifecycleRun(seed, CUT_RATE, CUTS);
  const clean = await lifecycleRun(seed, 0, 0);
  const failures = [...cut.tally.problems].map(([code, count]) => `${code} ${count}`).join(', ');
  return [
    {
      figure: `sync under ${cut.cuts.length} cut connections: time to converge`,
      value: cut.milliseconds,
      unit: 'ms',
      baseline: { label: 'the same lives, no cuts', value: clean.milliseconds },
      note: `seed ${seed}; ${PERMITS} permits, ${cut.entries} entries, 3 devices, HQ on SQLite in this process; ${cut.tally.runs} sync runs through the proxy, ${cut.tally.failed} failed (${failures || 'none'}), baseline ${clean.tally.runs} runs; cuts: ${cutsByPhase(cut.cuts)}; converged: ${cut.problems.length === 0 ? 'yes' : `NO: ${cut.problems.slice(0, 3).join('; ')}`}`,
    },
    {
      figure: 'sync under cut connections: convergence problems',
      value: cut.problems.length,
      unit: 'problems',
      budget: { max: 0 },
      baseline: { label: 'no cuts', value: clean.problems.length },
      note: 'entries lost, doubled, unproven or refused, cursors behind, checkpoints inconsistent (tests/support/sync-fault-convergence.ts)',
    },
  ];
}
