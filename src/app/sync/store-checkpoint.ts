// Keeps a verified checkpoint (inside the caller's transaction). Two different roots for one tree size mean
// HQ showed this device two different logs: that is the alarm, not a row to overwrite.
import type { HornbillDb } from '../db/database.ts';
import type { CheckpointRecord } from './sync-records.ts';
import { SyncProblem } from './sync-problem.ts';

export async function storeCheckpoint(db: HornbillDb, checkpoint: CheckpointRecord): Promise<void> {
  const held = await db.checkpoints.get(checkpoint.treeSize);
  if (held === undefined) {
    await db.checkpoints.add(checkpoint);
    return;
  }
  if (held.rootHash !== checkpoint.rootHash) {
    throw new SyncProblem('log-not-extended', `two different roots for tree size ${checkpoint.treeSize}: ${held.rootHash} and ${checkpoint.rootHash}`);
  }
}
