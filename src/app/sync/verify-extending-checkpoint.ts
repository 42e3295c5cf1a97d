// The checkpoint of a pull answer: signed by HQ's log key, and extending the newest one this device holds.
import type { NoteVerifierKey } from '../../core/log/note-verifier-key.ts';
import type { PullResponse } from '../../core/sync/pull.ts';
import type { HornbillDb } from '../db/database.ts';
import { newestCheckpoint } from './newest-checkpoint.ts';
import type { CheckpointRecord } from './sync-records.ts';
import { checkExtends } from './verify-consistency.ts';
import { checkpointRecord, openHqCheckpoint } from './verify-receipt.ts';

export async function verifyExtendingCheckpoint(
  db: HornbillDb,
  answer: Pick<PullResponse, 'checkpoint' | 'consistency' | 'hqTime'>,
  verifierKey: NoteVerifierKey,
  receivedAt: number,
): Promise<CheckpointRecord> {
  const checkpoint = await openHqCheckpoint(answer.checkpoint, verifierKey);
  checkExtends(await newestCheckpoint(db), checkpoint, answer.consistency);
  return checkpointRecord(answer.checkpoint, checkpoint, receivedAt, answer.hqTime);
}
