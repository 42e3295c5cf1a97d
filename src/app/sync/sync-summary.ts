// What the device shows about sync, read from the database: pending entries, refusals, the last success and
// error, the alarm, the clock skew and the newest checkpoint.
import type { HornbillDb } from '../db/database.ts';
import { newestCheckpoint } from './newest-checkpoint.ts';
import { pendingEntries } from './own-entries.ts';
import type { RejectionRecord, SyncProblemRecord } from './sync-records.ts';
import { readSyncState } from './sync-state.ts';

export interface SyncSummary {
  /** Own entries waiting to go to HQ (refused ones apart). */
  readonly pending: number;
  readonly rejected: readonly RejectionRecord[];
  readonly lastSuccessAt: number | null;
  readonly lastError: SyncProblemRecord | null;
  readonly alarm: SyncProblemRecord | null;
  readonly clockSkewMs: number | null;
  readonly checkpointSize: number | null;
}

export async function readSyncSummary(db: HornbillDb, deviceCode: string): Promise<SyncSummary> {
  const [pending, state, checkpoint] = await Promise.all([pendingEntries(db, deviceCode), readSyncState(db), newestCheckpoint(db)]);
  const toPush = new Set(pending.toPush.map((entry) => entry.id));
  return {
    pending: pending.toPush.length,
    rejected: state.rejected.filter((rejection) => !toPush.has(rejection.entryId)),
    lastSuccessAt: state.lastSuccessAt,
    lastError: state.lastError,
    alarm: state.alarm,
    clockSkewMs: state.clockSkewMs,
    checkpointSize: checkpoint?.treeSize ?? null,
  };
}
