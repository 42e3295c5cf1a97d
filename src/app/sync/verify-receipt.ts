// A push receipt is believed only when its checkpoint is signed by HQ's log key and every inclusion proof
// leads from the entry's leaf (SHA-256(0x00 ‖ id)) to that checkpoint's root. Any failure refuses the whole
// receipt: nothing of it is stored and the entries stay pending.
import { toHex } from '../../core/crypto/bytes.ts';
import { openSignedCheckpoint, type Checkpoint } from '../../core/log/checkpoint.ts';
import { leafHash } from '../../core/log/merkle-hash.ts';
import { verifyInclusion } from '../../core/log/merkle-proof.ts';
import type { NoteVerifierKey } from '../../core/log/note-verifier-key.ts';
import type { Receipt } from '../../core/sync/receipt.ts';
import type { CheckpointRecord, ReceiptRecord } from './sync-records.ts';
import { SyncProblem } from './sync-problem.ts';

/** Opens a checkpoint HQ sent; refuses one the log key did not sign. */
export async function openHqCheckpoint(note: string, verifierKey: NoteVerifierKey): Promise<Checkpoint> {
  const opened = await openSignedCheckpoint(note, [verifierKey]);
  if (!opened.ok) throw new SyncProblem('checkpoint-refused', opened.reason);
  return opened.value;
}

export function checkpointRecord(note: string, checkpoint: Checkpoint, receivedAt: number, hqTime: number): CheckpointRecord {
  return { treeSize: checkpoint.size, note, rootHash: toHex(checkpoint.rootHash), receivedAt, hqTime };
}

export interface VerifiedReceipt {
  readonly checkpoint: CheckpointRecord;
  readonly receipts: readonly ReceiptRecord[];
}

export async function verifyReceipt(
  receipt: Receipt,
  batchIds: ReadonlySet<string>,
  verifierKey: NoteVerifierKey,
  times: { readonly receivedAt: number; readonly hqTime: number },
): Promise<VerifiedReceipt> {
  const checkpoint = await openHqCheckpoint(receipt.checkpoint, verifierKey);
  const receipts = receipt.entries.map(({ id, leafIndex, proof }): ReceiptRecord => {
    const entryId = toHex(id);
    if (!batchIds.has(entryId)) throw new SyncProblem('receipt-refused', `the receipt names entry ${entryId}, which was not pushed`);
    const included = verifyInclusion(leafIndex, checkpoint.size, leafHash(id), proof, checkpoint.rootHash);
    if (!included.ok) throw new SyncProblem('receipt-refused', `entry ${entryId}: ${included.reason}`);
    return { entryId, leafIndex, treeSize: checkpoint.size, proof };
  });
  return { checkpoint: checkpointRecord(receipt.checkpoint, checkpoint, times.receivedAt, times.hqTime), receipts };
}
