// When the device syncs (docs/sync-protocol.md): on start, on the `online` event, every 5 minutes while
// online, on the Sync button and on the service worker's Background Sync. One run at a time: a trigger during
// a run joins it. A failure that may pass is retried after a backoff delay that grows until a success.
// Clock, timers, randomness and the online events are injected, so tests drive it without waiting.
import { backoffDelay } from './backoff.ts';
import type { SyncRunResult } from './run-sync.ts';
import { networkProblem } from './sync-problem.ts';

export const SYNC_INTERVAL_MS = 5 * 60_000;

export type SyncTrigger = 'start' | 'online' | 'interval' | 'button' | 'background' | 'retry';

export interface SchedulerTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface SyncActivity {
  readonly running: boolean;
  /** When the next retry is due (ms), after a failure that may pass. */
  readonly retryAt: number | null;
  /** Failures since the last success. */
  readonly failures: number;
}

export interface SyncSchedulerOptions {
  readonly run: () => Promise<SyncRunResult>;
  readonly timers: SchedulerTimers;
  readonly random: () => number;
  readonly now: () => number;
  readonly isOnline: () => boolean;
  /** Where `online` events come from (window in the app). */
  readonly onlineEvents: EventTarget;
  readonly intervalMs?: number;
}

export interface SyncScheduler {
  /** Runs a sync now, or joins the one running; resolves when it is over (undefined when offline). */
  trigger(reason: SyncTrigger): Promise<SyncRunResult | undefined>;
  /** Syncs now (the app start), then listens for `online` and ticks every interval. */
  start(): void;
  stop(): void;
  activity(): SyncActivity;
  subscribe(listener: () => void): () => void;
}

export function createSyncScheduler(options: SyncSchedulerOptions): SyncScheduler {
  const { timers } = options;
  const listeners = new Set<() => void>();
  let activity: SyncActivity = { running: false, retryAt: null, failures: 0 };
  let running: Promise<SyncRunResult> | null = null;
  let retryTimer: unknown = null;
  let intervalTimer: unknown = null;
  let stopped = true;

  const set = (change: Partial<SyncActivity>) => {
    activity = { ...activity, ...change };
    for (const listener of listeners) listener();
  };
  const cancelRetry = () => {
    if (retryTimer !== null) timers.clearTimeout(retryTimer);
    retryTimer = null;
  };
  const settle = (result: SyncRunResult) => {
    if (result.ok) {
      set({ running: false, failures: 0, retryAt: null });
      return;
    }
    if (result.problem.next !== 'backoff' || stopped) {
      set({ running: false, retryAt: null, failures: activity.failures + 1 });
      return;
    }
    const delay = backoffDelay(activity.failures, options.random);
    retryTimer = timers.setTimeout(() => {
      retryTimer = null;
      void trigger('retry');
    }, delay);
    set({ running: false, retryAt: options.now() + delay, failures: activity.failures + 1 });
  };
  const trigger = (reason: SyncTrigger): Promise<SyncRunResult | undefined> => {
    if (running !== null) return running;
    if (!options.isOnline() && reason !== 'button') return Promise.resolve(undefined);
    cancelRetry();
    set({ running: true, retryAt: null });
    const current = options.run().catch((error: unknown) => ({ ok: false as const, problem: networkProblem(error) })).then((result) => {
      running = null;
      settle(result);
      return result;
    });
    running = current;
    return current;
  };
  const onOnline = () => void trigger('online');

  return {
    trigger,
    start() {
      if (!stopped) return;
      stopped = false;
      options.onlineEvents.addEventListener('online', onOnline);
      intervalTimer = timers.setInterval(() => void trigger('interval'), options.intervalMs ?? SYNC_INTERVAL_MS);
      void trigger('start');
    },
    stop() {
      stopped = true;
      options.onlineEvents.removeEventListener('online', onOnline);
      if (intervalTimer !== null) timers.clearInterval(intervalTimer);
      intervalTimer = null;
      cancelRetry();
    },
    activity: () => activity,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
