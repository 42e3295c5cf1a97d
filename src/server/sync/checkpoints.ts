// HQ's signed checkpoints (c2sp.org/tlog-checkpoint), one row per tree size HQ signed: the newest is what a
// pull hands out, and proofs between two of them come from the Merkle log cache.
import type { Kysely } from 'kysely';
import { parseBase64, toBase64 } from '../../core/crypto/base64.ts';
import { signCheckpoint } from '../../core/log/checkpoint.ts';
import { emptyRootHash } from '../../core/log/merkle-hash.ts';
import { consistencyProof, merkleRoot, type MerkleTree } from '../../core/log/merkle-tree.ts';
import type { Database } from '../store/database.ts';
import type { HqLogKey } from './log-key.ts';
import { catchUpMerkleLog, withMerkleLog, type MerkleLog } from './merkle-log.ts';

export interface StoredCheckpoint {
  readonly treeSize: number;
  readonly rootHash: Uint8Array;
  /** The signed note exactly as sent to devices. */
  readonly note: string;
  readonly signedAt: string;
}

/** The checkpoint of the largest tree HQ signed. Hello signs the empty log's, so after the first hello there is always one. */
export async function newestCheckpoint(db: Kysely<Database>): Promise<StoredCheckpoint> {
  const checkpoint = await findNewestCheckpoint(db);
  if (checkpoint === undefined) throw new Error('HQ log: no checkpoint signed yet (the first hello signs the empty log’s)');
  return checkpoint;
}

/** The checkpoint of the largest tree HQ signed, or undefined before the first hello. */
export async function findNewestCheckpoint(db: Kysely<Database>): Promise<StoredCheckpoint | undefined> {
  const row = await db.selectFrom('checkpoints').selectAll().orderBy('tree_size', 'desc').limit(1).executeTakeFirst();
  if (row === undefined) return undefined;
  const rootHash = parseBase64(row.root_hash);
  if (rootHash === undefined) throw new Error(`HQ log: the checkpoint of size ${row.tree_size} has a root hash that is not base64`);
  return { treeSize: row.tree_size, rootHash, note: row.note, signedAt: row.signed_at };
}

/** RFC 9162 consistency proof from tree size `from` to `to` (empty when `from` is 0 or equals `to`). */
export function consistencyProofBetween(db: Kysely<Database>, log: MerkleLog, from: number, to: number): Promise<Uint8Array[]> {
  return withMerkleLog(log, async (tree) => {
    await catchUpMerkleLog(db, log);
    return from === 0 || from === to ? [] : consistencyProof(tree, from, to);
  });
}

/** Signs the checkpoint of the first `size` leaves of `tree` and stores it (inside the ingest's transaction). */
export async function signAndStoreCheckpoint(db: Kysely<Database>, logKey: HqLogKey, tree: MerkleTree, size: number, now: Date): Promise<StoredCheckpoint> {
  const checkpoint = await signedCheckpoint(logKey, size, merkleRoot(tree, size), now);
  await db.insertInto('checkpoints').values(checkpointRow(checkpoint)).execute();
  return checkpoint;
}

/** Signs the empty log's checkpoint once, so that a pull before any push has one to verify; a no-op after. */
export async function ensureFirstCheckpoint(db: Kysely<Database>, logKey: HqLogKey, now: Date): Promise<void> {
  const held = await db.selectFrom('checkpoints').select('tree_size').limit(1).executeTakeFirst();
  if (held !== undefined) return;
  const checkpoint = await signedCheckpoint(logKey, 0, emptyRootHash(), now);
  await db.insertInto('checkpoints').values(checkpointRow(checkpoint))
    .onConflict((conflict) => conflict.column('tree_size').doNothing()).execute();
}

async function signedCheckpoint(logKey: HqLogKey, size: number, rootHash: Uint8Array, now: Date): Promise<StoredCheckpoint> {
  const note = await signCheckpoint({ origin: logKey.origin, size, rootHash, extensions: [] }, logKey.signer);
  return { treeSize: size, rootHash, note, signedAt: now.toISOString() };
}

function checkpointRow(checkpoint: StoredCheckpoint) {
  return { tree_size: checkpoint.treeSize, root_hash: toBase64(checkpoint.rootHash), note: checkpoint.note, signed_at: checkpoint.signedAt };
}
