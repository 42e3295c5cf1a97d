// The rounds of the sync load row. Every device first syncs its history once, one device at a time (a warm
// HQ with a log; every device then holds the same checkpoint). Baseline: each of a few other devices syncs
// alone. Load: all devices say hello at once, sign their push and pull, then push and pull at once.
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import type { Checkpoint } from '../../src/core/log/checkpoint.ts';
import { checkSync, helloBody, openHello, prepareSync, runPrepared, send, stepMs, type CheckedSync, type HeldState, type PreparedSync, type Step, type SyncRun } from './device-sync.ts';
import type { KeepAliveClient } from './keep-alive-client.ts';
import { processCpuMs } from './hq-serve.ts';
import { decideActs, prepareActs, signActs, type FleetDevice } from './sync-fleet.ts';

/** A device with its entries signed ahead: its history (synced in the warm-up) and what the timed sync pushes. */
export interface PlannedDevice {
  readonly device: FleetDevice;
  readonly history: readonly Uint8Array[];
  readonly round: readonly Uint8Array[];
}

export interface RoundContext {
  readonly client: KeepAliveClient;
  readonly rootPublicKey: Uint8Array;
  readonly trustListVersion: number;
}

/**
 * In its history each device opens an application and processes it; in the timed sync it opens and processes
 * another, and approves, issues and prints the one its neighbour in the group prepared (5 entries). All
 * history is signed before any decision, so every decision comes after what it decides on in log order.
 */
export async function planGroup(devices: readonly FleetDevice[], today: Date, serial = 1): Promise<PlannedDevice[]> {
  const opened = devices.map(() => randomUUID());
  const history = await inOrder(devices, (device, index) => signActs(device, prepareActs(at(opened, index))));
  const round = await inOrder(devices, (device, index) => {
    const neighbours = at(opened, (index + devices.length - 1) % devices.length);
    return signActs(device, [...prepareActs(randomUUID()), ...decideActs(neighbours, device, serial, today)]);
  });
  return devices.map((device, index) => ({ device, history: at(history, index), round: at(round, index) }));
}

async function inOrder<T, U>(items: readonly T[], each: (item: T, index: number) => Promise<U>): Promise<U[]> {
  const results: U[] = [];
  for (const [index, item] of items.entries()) results.push(await each(item, index));
  return results;
}

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`bench: no item at ${index} of ${items.length}`);
  return item;
}

export interface AloneSync {
  readonly helloMs: number;
  readonly pushMs: number;
  readonly pullMs: number;
  readonly checked: CheckedSync;
}

/** One device syncs with nobody else on the line; any problem stops the bench (a baseline must be sound). */
async function syncAlone(context: RoundContext, device: FleetDevice, entries: readonly Uint8Array[], held: HeldState): Promise<AloneSync> {
  const hello = await send(context.client, 'POST', '/api/v1/sync/hello', helloBody(device));
  const session = await openHello(hello, context.rootPublicKey);
  if (typeof session === 'string') throw new Error(`bench: device ${device.code}: ${session}`);
  const prepared = await prepareSync(device, session, entries, held);
  const run = await runPrepared(context.client, prepared);
  const checked = await checkSync(prepared, run);
  if (checked.problems.length > 0 || checked.checkpoint === null) throw new Error(`bench: device ${device.code} syncing alone: ${checked.problems.join('; ')}`);
  return { helloMs: stepMs(hello), pushMs: stepMs(run.push), pullMs: run.pull === undefined ? NaN : stepMs(run.pull), checked };
}

/** What a device holds after syncing up to `checkpoint`, with the last `backlog` entries of the log still to pull. */
function heldAt(checkpoint: Checkpoint | null, trustListVersion: number, backlog = 0): HeldState {
  return { cursor: Math.max(0, (checkpoint?.size ?? 0) - backlog), checkpoint, trustListVersion };
}

/** Every device syncs its history, one after the other, from nothing; returns HQ's checkpoint after the last. */
export async function syncHistory(context: RoundContext, planned: readonly PlannedDevice[]): Promise<Checkpoint | null> {
  let newest: Checkpoint | null = null;
  for (const { device, history } of planned) newest = (await syncAlone(context, device, history, heldAt(null, context.trustListVersion))).checked.checkpoint;
  return newest;
}

/**
 * Each device syncs its round alone, in turn, holding the checkpoint the previous one left and pulling the
 * last `backlog` entries of the log (a device alone has nothing new of others to pull otherwise).
 */
export async function syncEachAlone(context: RoundContext, planned: readonly PlannedDevice[], start: Checkpoint | null, backlog: number): Promise<{ syncs: AloneSync[]; newest: Checkpoint | null }> {
  const syncs: AloneSync[] = [];
  let newest = start;
  for (const { device, round } of planned) {
    const sync = await syncAlone(context, device, round, heldAt(newest, context.trustListVersion, backlog));
    syncs.push(sync);
    newest = sync.checked.checkpoint;
  }
  return { syncs, newest };
}

/** One device's part in the load round; times are undefined for a request never answered or never sent. */
export interface DeviceOutcome {
  readonly helloMs: number;
  readonly pushMs: number | undefined;
  readonly pullMs: number | undefined;
  readonly problems: readonly string[];
  readonly pulledEntries: number;
  readonly pullAnswerBytes: number;
  readonly more: boolean;
}

export interface LoadRound {
  readonly devices: readonly DeviceOutcome[];
  /** GET /api/v1/health from every device at once (after a first such burst opened the pool's connections). */
  readonly healthMs: readonly number[];
  readonly healthErrors: number;
  readonly signMs: number;
  readonly pushPullWallMs: number;
  readonly clientCpuMs: number;
  readonly serverCpuMs: number | undefined;
  /** The machine's 1-minute load average as the push and pull started: other work competes for the cores. */
  readonly loadAverage: number;
}

/** Everything at once: health, then hello; push and pull are signed meanwhile, off the clock, then sent at once. */
export async function syncAllAtOnce(context: RoundContext, planned: readonly PlannedDevice[], held: Checkpoint | null, serverPid: number): Promise<LoadRound> {
  const { client } = context;
  const healthBurst = () => Promise.all(planned.map(() => send(client, 'GET', '/api/v1/health')));
  await healthBurst();
  const health = await healthBurst();
  const hellos = await Promise.all(planned.map(({ device }) => send(client, 'POST', '/api/v1/sync/hello', helloBody(device))));
  const signStart = performance.now();
  const prepared = await Promise.all(planned.map((plan, index) => prepareAfterHello(context, plan, at(hellos, index), held)));
  const signMs = performance.now() - signStart;
  const loadAverage = loadavg()[0] ?? NaN;
  const clientCpuBefore = process.cpuUsage();
  const serverCpuBefore = processCpuMs(serverPid);
  const start = performance.now();
  const runs = await Promise.all(prepared.map(async (ready) => (typeof ready === 'string' ? ready : { prepared: ready, run: await runPrepared(client, ready) })));
  const pushPullWallMs = performance.now() - start;
  const clientCpu = process.cpuUsage(clientCpuBefore);
  const serverCpuAfter = processCpuMs(serverPid);
  return {
    devices: await Promise.all(runs.map((run, index) => outcomeOf(stepMs(at(hellos, index)), run))),
    healthMs: health.map(stepMs),
    healthErrors: health.filter((step) => !step.ok || step.answer.status !== 200).length,
    signMs,
    pushPullWallMs,
    clientCpuMs: (clientCpu.user + clientCpu.system) / 1000,
    serverCpuMs: serverCpuAfter === undefined || serverCpuBefore === undefined ? undefined : serverCpuAfter - serverCpuBefore,
    loadAverage,
  };
}

async function prepareAfterHello(context: RoundContext, plan: PlannedDevice, hello: Step, held: Checkpoint | null): Promise<PreparedSync | string> {
  const session = await openHello(hello, context.rootPublicKey);
  return typeof session === 'string' ? session : prepareSync(plan.device, session, plan.round, heldAt(held, context.trustListVersion));
}

/** A device's outcome; `run` is why it never pushed (its hello failed), or what its push and pull got. */
async function outcomeOf(helloMs: number, run: string | { readonly prepared: PreparedSync; readonly run: SyncRun }): Promise<DeviceOutcome> {
  if (typeof run === 'string') return { helloMs, pushMs: undefined, pullMs: undefined, problems: [run], pulledEntries: 0, pullAnswerBytes: 0, more: false };
  const { push, pull } = run.run;
  const checked = await checkSync(run.prepared, run.run);
  return {
    helloMs,
    pushMs: answeredMs(push),
    pullMs: pull === undefined ? undefined : answeredMs(pull),
    problems: checked.problems,
    pulledEntries: checked.pulledEntries,
    pullAnswerBytes: pull?.ok === true ? pull.answer.body.length : 0,
    more: checked.more,
  };
}

function answeredMs(step: Step): number | undefined {
  return step.ok ? step.answer.ms : undefined;
}

export interface SpreadRound {
  readonly devices: readonly DeviceOutcome[];
  readonly wallMs: number;
}

/**
 * Every device starts its sync at its own moment, spread at random (seeded) over `windowMs`, as tablets do when
 * a shared link comes back: hello, then sign (on the device, so between the timed requests), push and pull.
 */
export async function syncSpread(context: RoundContext, planned: readonly PlannedDevice[], held: Checkpoint | null, windowMs: number, random: () => number): Promise<SpreadRound> {
  const start = performance.now();
  const devices = await Promise.all(planned.map(async (plan) => {
    await new Promise((resolve) => setTimeout(resolve, random() * windowMs));
    const hello = await send(context.client, 'POST', '/api/v1/sync/hello', helloBody(plan.device));
    const prepared = await prepareAfterHello(context, plan, hello, held);
    return outcomeOf(stepMs(hello), typeof prepared === 'string' ? prepared : { prepared, run: await runPrepared(context.client, prepared) });
  }));
  return { devices, wallMs: performance.now() - start };
}
