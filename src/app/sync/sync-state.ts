// The one row of sync state: read with its defaults, changed field by field. Called inside a transaction
// that includes `syncState`, the change commits (or not) with the rest of it.
import type { HornbillDb } from '../db/database.ts';
import { initialSyncState, type SyncStateRecord } from './sync-records.ts';

export async function readSyncState(db: HornbillDb): Promise<SyncStateRecord> {
  const row = await db.syncState.get('device');
  return { ...initialSyncState, ...row };
}

export async function updateSyncState(db: HornbillDb, change: Partial<Omit<SyncStateRecord, 'id'>>): Promise<SyncStateRecord> {
  return db.transaction('rw', db.syncState, async () => {
    const next = { ...(await readSyncState(db)), ...change };
    await db.syncState.put(next);
    return next;
  });
}
