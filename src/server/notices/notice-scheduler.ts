// Runs the outbox delivery pass in the server process: at start, then `intervalMs` after each pass ends
// (passes never overlap). Timers are injected so tests fire them by hand instead of waiting.

export interface SchedulerTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const nodeTimers: SchedulerTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface NoticeScheduler {
  /** Cancels the next pass and waits for a running one to end. */
  stop(): Promise<void>;
}

export function startNoticeScheduler(
  runPass: () => Promise<void>,
  options: { readonly intervalMs: number; readonly onError: (error: unknown) => void; readonly timers?: SchedulerTimers },
): NoticeScheduler {
  const timers = options.timers ?? nodeTimers;
  let stopped = false;
  let handle: unknown;
  let running: Promise<void> = Promise.resolve();
  const tick = (): void => {
    running = runPass()
      .catch(options.onError)
      .then(() => {
        if (!stopped) handle = timers.setTimeout(tick, options.intervalMs);
      });
  };
  handle = timers.setTimeout(tick, 0);
  return {
    stop: async () => {
      stopped = true;
      timers.clearTimeout(handle);
      await running;
    },
  };
}
