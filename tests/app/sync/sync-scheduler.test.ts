import { describe, expect, it } from 'vitest';
import type { SyncRunResult } from '../../../src/app/sync/run-sync.ts';
import { createSyncScheduler, SYNC_INTERVAL_MS, type SchedulerTimers } from '../../../src/app/sync/sync-scheduler.ts';
import { SyncProblem } from '../../../src/app/sync/sync-problem.ts';

/** Timers that fire only when the test says so. */
function manualTimers() {
  let next = 1;
  const timeouts = new Map<number, { callback: () => void; ms: number }>();
  const intervals = new Map<number, () => void>();
  const timers: SchedulerTimers = {
    setTimeout: (callback, ms) => (timeouts.set(next, { callback, ms }), next++),
    clearTimeout: (handle) => timeouts.delete(handle as number),
    setInterval: (callback, ms) => {
      expect(ms).toBe(SYNC_INTERVAL_MS);
      intervals.set(next, callback);
      return next++;
    },
    clearInterval: (handle) => intervals.delete(handle as number),
  };
  return {
    timers,
    pendingDelays: () => [...timeouts.values()].map((timeout) => timeout.ms),
    fireTimeouts() {
      const due = [...timeouts.values()];
      timeouts.clear();
      for (const timeout of due) timeout.callback();
    },
    tick: () => [...intervals.values()].forEach((callback) => callback()),
    intervals: () => intervals.size,
  };
}

/** Lets the promise chains of a run settle (microtasks only: no timer, no wall clock). */
async function settle(): Promise<void> {
  for (let turn = 0; turn < 10; turn++) await Promise.resolve();
}

const ok: SyncRunResult = { ok: true, pushed: 0, pulled: 0, refused: [] };
const unreachable: SyncRunResult = { ok: false, problem: new SyncProblem('network', 'down', 'backoff') };
const revoked: SyncRunResult = { ok: false, problem: new SyncProblem('device-revoked', 'revoked', 'never') };

function setup(results: SyncRunResult[], online = { value: true }) {
  const timers = manualTimers();
  const events = new EventTarget();
  let runs = 0;
  let release: (() => void) | null = null;
  let holdNext = false;
  const scheduler = createSyncScheduler({
    run: () => {
      runs += 1;
      const result = results.shift() ?? ok;
      if (!holdNext) return Promise.resolve(result);
      holdNext = false;
      return new Promise((resolve) => (release = () => resolve(result)));
    },
    timers: timers.timers,
    random: () => 0.5,
    now: () => 1_000,
    isOnline: () => online.value,
    onlineEvents: events,
  });
  return {
    scheduler, timers, events,
    runs: () => runs,
    hold: () => (holdNext = true),
    release: () => release?.(),
  };
}

describe('sync scheduler', () => {
  it('syncs on start, on the online event, on every interval tick and on the button', async () => {
    const { scheduler, timers, events, runs } = setup([]);
    scheduler.start();
    await settle();
    expect(runs()).toBe(1);
    events.dispatchEvent(new Event('online'));
    await settle();
    expect(runs()).toBe(2);
    timers.tick();
    await settle();
    expect(runs()).toBe(3);
    await scheduler.trigger('button');
    expect(runs()).toBe(4);
    scheduler.stop();
    events.dispatchEvent(new Event('online'));
    expect(runs()).toBe(4);
    expect(timers.intervals()).toBe(0);
  });

  it('joins a trigger to the sync already running', async () => {
    const { scheduler, runs, hold, release } = setup([]);
    hold();
    const first = scheduler.trigger('button');
    const second = scheduler.trigger('online');
    expect(scheduler.activity().running).toBe(true);
    release();
    expect(await first).toBe(await second);
    expect(runs()).toBe(1);
    expect(scheduler.activity().running).toBe(false);
  });

  it('does not sync offline, except from the button', async () => {
    const online = { value: false };
    const { scheduler, timers, runs } = setup([], online);
    expect(await scheduler.trigger('interval')).toBeUndefined();
    timers.tick();
    expect(runs()).toBe(0);
    await scheduler.trigger('button');
    expect(runs()).toBe(1);
  });

  it('retries after growing jittered delays until a success, then starts over', async () => {
    const { scheduler, timers, runs } = setup([unreachable, unreachable, unreachable, ok, unreachable]);
    scheduler.start();
    // random() = 0.5: half of each ceiling 2 s, 4 s, 8 s.
    const delays: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      await settle();
      delays.push(...timers.pendingDelays());
      expect(scheduler.activity().retryAt).toBe(1_000 + (delays.at(-1) ?? 0));
      timers.fireTimeouts();
    }
    await settle();
    expect(delays).toEqual([1_000, 2_000, 4_000]);
    expect(runs()).toBe(4);
    expect(scheduler.activity()).toMatchObject({ failures: 0, retryAt: null });
    await scheduler.trigger('button');
    expect(timers.pendingDelays()).toEqual([1_000]);
    scheduler.stop();
  });

  it('does not retry what will not pass (a revoked device)', async () => {
    const { scheduler, timers } = setup([revoked]);
    await scheduler.trigger('button');
    expect(timers.pendingDelays()).toEqual([]);
    expect(scheduler.activity()).toMatchObject({ running: false, retryAt: null, failures: 1 });
  });
});
