import type { SyncView } from '../sync/SyncProvider.tsx';

export type SyncIndicatorState = 'alarm' | 'syncing' | 'error' | 'pending' | 'othersPending' | 'upToDate';

/** The one word the header shows, most urgent first. */
export function syncIndicatorState(view: SyncView): SyncIndicatorState {
  if (view.summary?.alarm) return 'alarm';
  if (view.activity.running) return 'syncing';
  if (view.summary?.lastError) return 'error';
  if ((view.summary?.pending ?? 0) > 0) return 'pending';
  // Not "Synced" while other users' records on this tablet still wait for the next sync to relay them.
  return (view.summary?.otherUsersPending ?? 0) > 0 ? 'othersPending' : 'upToDate';
}
