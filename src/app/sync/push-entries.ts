// Push (docs/sync-protocol.md §Push): the device's entries without a receipt (and the tablet's other users',
// relayed), oldest first, in batches. Each
// answer is verified, then its receipts, checkpoint and refusals are stored in ONE transaction; an entry
// with a receipt is never pushed again, a refused one is kept and shown, not re-sent. HQ answering 413
// halves the batch.
import { CLIENT_PUSH_BATCH_BYTES, CLIENT_PUSH_BATCH_ENTRIES } from '../../core/sync/limits.ts';
import { pushResponseSchema, type PushResponse } from '../../core/sync/push.ts';
import { toHex } from '../../core/crypto/bytes.ts';
import type { HornbillDb } from '../db/database.ts';
import type { EntryRecord } from '../log/entry-record.ts';
import { pendingEntries } from './own-entries.ts';
import { nextPushBatch } from './push-batch.ts';
import { sendSigned, type SessionHolder } from './send-signed.ts';
import { storeCheckpoint } from './store-checkpoint.ts';
import type { SyncContext } from './sync-context.ts';
import { SyncProblem } from './sync-problem.ts';
import type { RejectionRecord } from './sync-records.ts';
import { readSyncState } from './sync-state.ts';
import { verifyReceipt, type VerifiedReceipt } from './verify-receipt.ts';

export interface PushOutcome {
  readonly receipted: number;
  readonly rejected: number;
}

interface StoredAnswer {
  /** Entries of the batch that now hold a receipt or a refusal. */
  readonly settled: ReadonlySet<string>;
  readonly receipted: number;
}

export async function pushEntries(context: SyncContext, sessions: SessionHolder): Promise<PushOutcome> {
  const pending = await pendingEntries(context.db, context.device.code);
  let queue = pending.toPush;
  let maxEntries = CLIENT_PUSH_BATCH_ENTRIES;
  let receipted = 0;
  let rejected = 0;
  for (;;) {
    context.onProgress?.({ phase: 'push', done: receipted + rejected, total: pending.toPush.length });
    const batch = nextPushBatch(queue, maxEntries, CLIENT_PUSH_BATCH_BYTES);
    if (batch.length === 0) return { receipted, rejected };
    let answer: PushResponse;
    try {
      const push = { entries: batch.map((entry) => Uint8Array.from(entry.bytes)) };
      answer = await sendSigned(context, sessions, { kind: 'push', push }, pending.unreceipted - receipted, pushResponseSchema);
    } catch (error) {
      if (error instanceof SyncProblem && error.next === 'halve' && batch.length > 1) {
        maxEntries = Math.ceil(batch.length / 2);
        continue;
      }
      throw error instanceof SyncProblem && error.next === 'halve' ? new SyncProblem(error.code, error.detail, 'never') : error;
    }
    const stored = await storePushAnswer(context, batch, answer, sessions);
    if (stored.settled.size === 0) throw new SyncProblem('bad-answer', 'HQ neither acknowledged nor refused any entry of the batch');
    receipted += stored.receipted;
    rejected += stored.settled.size - stored.receipted;
    queue = queue.filter((entry) => !stored.settled.has(entry.id));
  }
}

async function storePushAnswer(context: SyncContext, batch: readonly EntryRecord[], answer: PushResponse, sessions: SessionHolder): Promise<StoredAnswer> {
  const receivedAt = context.now();
  const batchIds = new Set(batch.map((entry) => entry.id));
  const verified = answer.receipt === null
    ? null
    : await verifyReceipt(answer.receipt, batchIds, sessions.current().verifierKey, { receivedAt, hqTime: answer.hqTime });
  const rejections = answer.rejected.map(({ id, code, reason }): RejectionRecord => {
    const entryId = toHex(id);
    const entry = batch.find((candidate) => candidate.id === entryId);
    if (entry === undefined) throw new SyncProblem('bad-answer', `HQ refused entry ${entryId}, which was not pushed`);
    return { entryId, seq: entry.seq, code, reason, at: receivedAt };
  });
  await writePushAnswer(context.db, verified, rejections);
  const receiptIds = verified?.receipts.map((receipt) => receipt.entryId) ?? [];
  return { settled: new Set([...receiptIds, ...rejections.map((rejection) => rejection.entryId)]), receipted: receiptIds.length };
}

/** The one transaction of a push answer. */
function writePushAnswer(db: HornbillDb, verified: VerifiedReceipt | null, rejections: readonly RejectionRecord[]): Promise<void> {
  return db.transaction('rw', [db.checkpoints, db.receipts, db.syncState], async () => {
    if (verified !== null) {
      await storeCheckpoint(db, verified.checkpoint);
      await db.receipts.bulkPut([...verified.receipts]);
    }
    if (rejections.length === 0) return;
    const state = await readSyncState(db);
    const known = new Set(state.rejected.map((rejection) => rejection.entryId));
    await db.syncState.put({ ...state, rejected: [...state.rejected, ...rejections.filter((rejection) => !known.has(rejection.entryId))] });
  });
}
