import type { SyncView } from '../sync/SyncProvider.tsx';

export type SyncIndicatorState = 'alarm' | 'syncing' | 'error' | 'pending' | 'upToDate';

/** The one word the header shows, most urgent first. */
export function syncIndicatorState(view: SyncView): SyncIndicatorState {
  if (view.summary?.alarm) return 'alarm';
  if (view.activity.running) return 'syncing';
  if (view.summary?.lastError) return 'error';
  return (view.summary?.pending ?? 0) > 0 ? 'pending' : 'upToDate';
}
