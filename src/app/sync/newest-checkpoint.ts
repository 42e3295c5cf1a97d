// The newest checkpoint this device verified: pulls prove consistency from it.
import type { HornbillDb } from '../db/database.ts';
import type { CheckpointRecord } from './sync-records.ts';

export function newestCheckpoint(db: HornbillDb): Promise<CheckpointRecord | undefined> {
  return db.checkpoints.orderBy('treeSize').last();
}
