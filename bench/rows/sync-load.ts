// HQ under load (DESIGN §11: 200 devices syncing at once on loopback, p99 ≤ 100 ms, no error), on SQLite and,
// when DATABASE_URL names a PostgreSQL server, on a throwaway database there too.
// HQ is the real `hornbill serve` process on 127.0.0.1; the bench process plays the 200 tablets (one
// keep-alive connection each). Every device is enrolled through the store (real challenge, proof and
// certificates), syncs its history once, then all of them sync at once: hello, then push (5 signed permit
// acts) and pull. Push and pull are signed between the hellos and the timed part, so the client's Ed25519 and
// gzip work stays off the clock; every answer is checked afterwards (receipts, proofs, checkpoint signatures).
// Baselines in the same run: other devices syncing the same work alone, and GET /api/v1/health 200 at once.
import { availableParallelism } from 'node:os';
import type { BenchRow } from '../table.ts';
import { postgresDatabase, serveHq, sqliteDatabase, type BenchDatabase } from '../support/hq-serve.ts';
import { keepAliveClient } from '../support/keep-alive-client.ts';
import { formatSummary, percentile, summarise, type LatencySummary } from '../support/percentiles.ts';
import { enrolFleet } from '../support/sync-fleet.ts';
import { planGroup, syncAllAtOnce, syncEachAlone, syncHistory, syncSpread, type AloneSync, type DeviceOutcome, type LoadRound, type RoundContext, type SpreadRound } from '../support/sync-rounds.ts';
import { seededRandom } from '../../tests/support/seeded-random.ts';

const DEVICES = 200;
const ALONE_DEVICES = 20;
/** What a device alone pulls: about what the median device pulls under load (the entries of half the others). */
const ALONE_PULL_BACKLOG = (DEVICES / 2) * 5;
const BUDGET_P99_MS = 100;
/** The spread round: every device starts its sync at a random moment within this window (seeded). */
const SPREAD_WINDOW_MS = 10_000;
const SPREAD_SEED = 20261126;
const ROOT_PASSPHRASE = 'bench root key passphrase, loopback only';

interface Measured {
  readonly engine: string;
  readonly load: LoadRound;
  readonly spread: SpreadRound;
  readonly alone: readonly AloneSync[];
  readonly setup: string;
}

export async function syncLoadRows(): Promise<BenchRow[]> {
  const rows = rowsOf(await measure(sqliteDatabase()));
  const serverUrl = process.env['DATABASE_URL'];
  if (serverUrl === undefined || serverUrl === '') {
    return rows.map((row, index) => (index === 0 ? { ...row, note: `${row.note ?? ''}; PostgreSQL not run: set DATABASE_URL (eval "$(scripts/pg-throwaway.sh start)")` } : row));
  }
  return [...rows, ...rowsOf(await measure(await postgresDatabase(serverUrl)))];
}

async function measure(database: BenchDatabase): Promise<Measured> {
  try {
    const setupStart = performance.now();
    const store = await database.open();
    const fleet = await enrolFleet(store, DEVICES + ALONE_DEVICES, ROOT_PASSPHRASE, new Date()).finally(() => store.close());
    const enrolSeconds = (performance.now() - setupStart) / 1000;
    const loaded = await planGroup(fleet.devices.slice(0, DEVICES), new Date());
    const alone = await planGroup(fleet.devices.slice(DEVICES), new Date());
    const hq = await serveHq(database, ROOT_PASSPHRASE);
    const client = keepAliveClient(hq.url, DEVICES);
    try {
      const context: RoundContext = { client, rootPublicKey: fleet.rootPublicKey, trustListVersion: fleet.trustListVersion };
      const afterHistory = await syncHistory(context, [...loaded, ...alone]);
      const { syncs, newest } = await syncEachAlone(context, alone, afterHistory, ALONE_PULL_BACKLOG);
      const load = await syncAllAtOnce(context, loaded, newest, hq.pid);
      // A second round for the same devices, each starting within SPREAD_WINDOW_MS; its history first, in turn.
      const again = await planGroup(fleet.devices.slice(0, DEVICES), new Date(), 2);
      const beforeSpread = await syncHistory(context, again);
      const spread = await syncSpread(context, again, beforeSpread, SPREAD_WINDOW_MS, seededRandom(SPREAD_SEED).next);
      const setup = `enrolling ${fleet.devices.length} devices through the store took ${enrolSeconds.toFixed(1)} s; HQ's log held ${newest?.size ?? 0} entries before the load`;
      return { engine: database.engine === 'sqlite' ? 'SQLite' : 'PostgreSQL', load, spread, alone: syncs, setup };
    } finally {
      client.close();
      await hq.stop();
    }
  } finally {
    await database.dispose();
  }
}

function rowsOf({ engine, load, spread, alone, setup }: Measured): BenchRow[] {
  const sync = summarise(load.devices.flatMap(({ helloMs, pushMs, pullMs }) => (pushMs === undefined || pullMs === undefined ? [] : [helloMs + pushMs + pullMs])));
  const aloneSync = summarise(alone.map((device) => device.helloMs + device.pushMs + device.pullMs));
  const label = `one device alone, ${alone.length} runs`;
  const figure = `HQ sync, ${DEVICES} devices at once (${engine}): hello + push + pull per device`;
  const problems = load.devices.flatMap((device) => device.problems);
  return [
    { figure: `${figure}, p99`, value: sync.p99, unit: 'ms', budget: { max: BUDGET_P99_MS }, baseline: { label: `${label}, p99`, value: aloneSync.p99 }, note: loadNote(load, alone, setup) },
    { figure: `${figure}, p50`, value: sync.p50, unit: 'ms', baseline: { label: `${label}, p50`, value: aloneSync.p50 } },
    { figure: `${figure}, max`, value: sync.max, unit: 'ms', baseline: { label: `${label}, max`, value: aloneSync.max } },
    {
      figure: `HQ sync hello, ${DEVICES} at once (${engine}), p99`,
      value: percentile(load.devices.map((device) => device.helloMs), 0.99),
      unit: 'ms',
      baseline: { label: `GET /api/v1/health, ${DEVICES} at once, p99`, value: percentile(load.healthMs, 0.99) },
      ...(load.healthErrors > 0 ? { note: `${load.healthErrors} health requests failed` } : {}),
    },
    {
      figure: `HQ sync, ${DEVICES} devices at once (${engine}): push + pull of all, wall time`,
      value: load.pushPullWallMs,
      unit: 'ms',
      baseline: { label: `${DEVICES} × one device alone, median`, value: DEVICES * percentile(alone.map((device) => device.pushMs + device.pullMs), 0.5) },
    },
    ...spreadRows(engine, spread, aloneSync),
    {
      figure: `HQ sync, ${DEVICES} devices at once (${engine}): devices with an error`,
      value: load.devices.filter((device) => device.problems.length > 0).length,
      unit: 'devices',
      budget: { max: 0 },
      ...(problems.length > 0 ? { note: distinct(problems).slice(0, 5).join(' | ') } : {}),
    },
  ];
}

/** Not the budget's scenario (that is all at once): what the same devices see when their syncs spread over a window. */
function spreadRows(engine: string, spread: SpreadRound, alone: LatencySummary): BenchRow[] {
  const sync = summarise(spread.devices.flatMap(({ helloMs, pushMs, pullMs }) => (pushMs === undefined || pullMs === undefined ? [] : [helloMs + pushMs + pullMs])));
  const errors = spread.devices.filter((device) => device.problems.length > 0);
  const rate = (spread.devices.length / (SPREAD_WINDOW_MS / 1000)).toFixed(0);
  const figure = `HQ sync, ${DEVICES} devices starting within ${SPREAD_WINDOW_MS / 1000} s (${engine}, ~${rate} syncs/s): hello + push + pull per device`;
  const pulled = summarise(spread.devices.map((device) => device.pulledEntries));
  return [
    {
      figure: `${figure}, p99`,
      value: sync.p99,
      unit: 'ms',
      baseline: { label: 'one device alone, p99', value: alone.p99 },
      note: `start times seeded (${SPREAD_SEED}), uniform over the window; pulls p50 ${pulled.p50} / max ${pulled.max} entries; ${errors.length} devices with an error${errors.length > 0 ? `: ${distinct(errors.flatMap((device) => device.problems)).slice(0, 3).join(' | ')}` : ''}`,
    },
    { figure: `${figure}, p50`, value: sync.p50, unit: 'ms', baseline: { label: 'one device alone, p50', value: alone.p50 } },
  ];
}

function loadNote(load: LoadRound, alone: readonly AloneSync[], setup: string): string {
  const times = (pick: (device: DeviceOutcome) => number | undefined) => load.devices.flatMap((device) => pick(device) ?? []);
  const pulled = summarise(load.devices.map((device) => device.pulledEntries));
  const answerKiB = summarise(load.devices.map((device) => device.pullAnswerBytes / 1024));
  const server = load.serverCpuMs === undefined
    ? 'HQ CPU not readable (no /proc)'
    : `HQ used ${load.serverCpuMs.toFixed(0)} ms CPU (${((100 * load.serverCpuMs) / load.pushPullWallMs).toFixed(0)}% of one core)`;
  return [
    `HQ: the real \`hornbill serve\` process (one Node event loop) on 127.0.0.1; client: this bench process, node:http with one keep-alive connection per device; both share this machine's ${availableParallelism()} cores, 1-minute load average ${load.loadAverage.toFixed(1)} as the push and pull started`,
    `during the ${load.pushPullWallMs.toFixed(0)} ms of push + pull ${server} and the client ${load.clientCpuMs.toFixed(0)} ms (bodies signed and gzip'd before the clock: ${load.signMs.toFixed(0)} ms)`,
    `push ${formatSummary(summarise(times((device) => device.pushMs)))}; pull ${formatSummary(summarise(times((device) => device.pullMs)))}; hello ${formatSummary(summarise(load.devices.map((device) => device.helloMs)))}`,
    `alone (same 5 entries pushed; pulls the last ${ALONE_PULL_BACKLOG} entries of the log, p50 ${percentile(alone.map((device) => device.checked.pulledEntries), 0.5)} of others'): push ${formatSummary(summarise(alone.map((device) => device.pushMs)))}, pull ${formatSummary(summarise(alone.map((device) => device.pullMs)))}`,
    `each device pushes 5 entries (requested, processed, approved, issued, printed) and pulls the others' new entries: p50 ${pulled.p50} / max ${pulled.max} entries, answers p50 ${answerKiB.p50.toFixed(0)} / max ${answerKiB.max.toFixed(0)} KiB compressed; ${load.devices.filter((device) => device.more).length} answers said more`,
    setup,
  ].join('; ');
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}
