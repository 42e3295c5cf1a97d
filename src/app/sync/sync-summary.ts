// What the device shows about sync, read from the database: pending entries, refusals, the last success and
// error, the alarm, the clock skew and the newest checkpoint.
import type { HornbillDb } from '../db/database.ts';
import { newestCheckpoint } from './newest-checkpoint.ts';
import { tabletDeviceCodes, unreceiptedEntryIds } from './own-entries.ts';
import type { RejectionRecord, SyncProblemRecord } from './sync-records.ts';
import { readSyncState } from './sync-state.ts';

export interface SyncSummary {
  /** Own entries waiting to go to HQ (refused ones apart). */
  readonly pending: number;
  /**
   * Entries of the other users of this tablet (each user enrols their own device key, so their own chain)
   * without a receipt: they go to HQ when that user next signs in and syncs.
   */
  readonly otherUsersPending: number;
  readonly rejected: readonly RejectionRecord[];
  readonly lastSuccessAt: number | null;
  readonly lastError: SyncProblemRecord | null;
  readonly alarm: SyncProblemRecord | null;
  readonly clockSkewMs: number | null;
  readonly checkpointSize: number | null;
}

export async function readSyncSummary(db: HornbillDb, deviceCode: string): Promise<SyncSummary> {
  const [unreceipted, state, checkpoint] = await Promise.all([unreceiptedEntryIds(db, deviceCode), readSyncState(db), newestCheckpoint(db)]);
  // As pendingEntries counts them, from the one read of sync state: refused entries are not pending.
  const rejectedIds = new Set(state.rejected.map((rejection) => rejection.entryId));
  const toPush = new Set(unreceipted.filter((id) => !rejectedIds.has(id)));
  return {
    pending: toPush.size,
    otherUsersPending: await otherUsersPending(db, deviceCode),
    rejected: state.rejected.filter((rejection) => !toPush.has(rejection.entryId)),
    lastSuccessAt: state.lastSuccessAt,
    lastError: state.lastError,
    alarm: state.alarm,
    clockSkewMs: state.clockSkewMs,
    checkpointSize: checkpoint?.treeSize ?? null,
  };
}

async function otherUsersPending(db: HornbillDb, deviceCode: string): Promise<number> {
  const [, ...codes] = await tabletDeviceCodes(db, deviceCode);
  let count = 0;
  for (const code of codes) count += (await unreceiptedEntryIds(db, code)).length;
  return count;
}
