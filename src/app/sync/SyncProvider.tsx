// The device's sync, for the shell's indicator and the Sync screen: while a user with a device key is signed
// in, a scheduler runs the sync (the engine is loaded only when a run starts), and the summary follows the
// database live. Signed out, locked or without a device key, nothing syncs; signing out stops a run under way.
import { liveQuery } from 'dexie';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useSession } from '../auth/SessionContext.tsx';
import { useDb } from '../db/DbContext.tsx';
import { onBackgroundSync, requestBackgroundSync } from './background-sync.ts';
import { runAfterOtherSyncs } from './one-run-at-a-time.ts';
import type { SyncProgress } from './sync-context.ts';
import { createSyncScheduler, type SyncActivity, type SyncScheduler } from './sync-scheduler.ts';
import { readSyncSummary, type SyncSummary } from './sync-summary.ts';

export interface SyncView {
  readonly summary: SyncSummary | null;
  readonly activity: SyncActivity;
  /** While a run is on: how far it is. */
  readonly progress: SyncProgress | null;
  syncNow(): void;
}

const SyncContext = createContext<SyncView | null>(null);

const idle: SyncActivity = { running: false, retryAt: null, failures: 0 };

const browserTimers = {
  setTimeout: (callback: () => void, ms: number) => window.setTimeout(callback, ms),
  clearTimeout: (handle: unknown) => window.clearTimeout(handle as number),
  setInterval: (callback: () => void, ms: number) => window.setInterval(callback, ms),
  clearInterval: (handle: unknown) => window.clearInterval(handle as number),
};

function useScheduler(onProgress: (progress: SyncProgress | null) => void): SyncScheduler | null {
  const db = useDb();
  const { state } = useSession();
  const user = state.kind === 'signed-in' ? state.user : null;
  const device = user?.device ?? null;
  const userId = user?.userId ?? null;
  const [scheduler, setScheduler] = useState<SyncScheduler | null>(null);
  useEffect(() => {
    if (userId === null || device === null) return;
    // Signing out (this effect's cleanup) aborts the run's requests: the device key is not used after it.
    const signOut = new AbortController();
    const created = createSyncScheduler({
      run: () => runAfterOtherSyncs(async () => {
        const { runSyncForUser } = await import('./sync-run-for-user.ts');
        const fetchUntilSignOut: typeof fetch = (input, init) => fetch(input, { ...init, signal: signOut.signal });
        const result = await runSyncForUser(db, fetchUntilSignOut, { userId, device }, onProgress, signOut.signal);
        onProgress(null);
        if (!result.ok && result.problem.next === 'backoff') void requestBackgroundSync();
        return result;
      }),
      timers: browserTimers,
      random: Math.random,
      now: Date.now,
      isOnline: () => navigator.onLine,
      onlineEvents: window,
    });
    setScheduler(created);
    created.start();
    const stopBackground = onBackgroundSync(() => void created.trigger('background'));
    return () => {
      signOut.abort();
      stopBackground();
      created.stop();
      setScheduler(null);
    };
  }, [db, userId, device, onProgress]);
  return scheduler;
}

export function SyncProvider({ children }: { children: ReactNode }) {
  const db = useDb();
  const [progress, setProgress] = useState<SyncProgress | null>(null);
  const scheduler = useScheduler(setProgress);
  const [activity, setActivity] = useState<SyncActivity>(idle);
  const [summary, setSummary] = useState<SyncSummary | null>(null);
  const { state } = useSession();
  const deviceCode = state.kind === 'signed-in' ? (state.user.device?.code ?? null) : null;

  useEffect(() => {
    if (scheduler === null) return;
    setActivity(scheduler.activity());
    return scheduler.subscribe(() => setActivity(scheduler.activity()));
  }, [scheduler]);
  useEffect(() => {
    if (deviceCode === null) return;
    const subscription = liveQuery(() => readSyncSummary(db, deviceCode)).subscribe({ next: setSummary, error: () => setSummary(null) });
    return () => subscription.unsubscribe();
  }, [db, deviceCode]);

  const syncNow = useCallback(() => void scheduler?.trigger('button'), [scheduler]);
  const view = useMemo(
    () => (scheduler === null ? null : { summary, activity, progress, syncNow }),
    [scheduler, summary, activity, progress, syncNow],
  );
  return <SyncContext.Provider value={view}>{children}</SyncContext.Provider>;
}

/** The sync of the signed-in user's device; null when nothing syncs (no one signed in with a device key). */
export function useSyncView(): SyncView | null {
  return useContext(SyncContext);
}

/** For tests and stories: a fixed view. */
export const SyncViewProvider = SyncContext.Provider;
