// A pulled checkpoint must extend the newest one this device verified (RFC 9162 consistency proof). A tree that
// shrank or a proof that fails means HQ's log is not the one this device saw: the alarm, nothing stored.
import { fromHex } from '../../core/crypto/bytes.ts';
import type { Checkpoint } from '../../core/log/checkpoint.ts';
import { verifyConsistency } from '../../core/log/merkle-proof.ts';
import type { CheckpointRecord } from './sync-records.ts';
import { SyncProblem } from './sync-problem.ts';

export function checkExtends(held: CheckpointRecord | undefined, pulled: Checkpoint, proof: readonly Uint8Array[]): void {
  if (held === undefined || held.treeSize === 0) return;
  if (pulled.size < held.treeSize) {
    throw new SyncProblem('log-not-extended', `HQ's tree has ${pulled.size} entries, this device saw ${held.treeSize}`);
  }
  const verdict = verifyConsistency(held.treeSize, pulled.size, proof, fromHex(held.rootHash), pulled.rootHash);
  if (!verdict.ok) throw new SyncProblem('log-not-extended', `consistency from ${held.treeSize} to ${pulled.size}: ${verdict.reason}`);
}
