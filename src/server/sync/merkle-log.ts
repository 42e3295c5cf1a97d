// This process's copy of HQ's Merkle tree. The database is the truth (log_entries.leaf_hash by leaf_index);
// the tree is a cache that catches up from it before every use, so several HQ processes on one PostgreSQL
// database each serve correct proofs. Every use runs under the log's in-process lock (withMerkleLog): an
// ingest appends its leaves before its transaction commits and takes them back if it does not.
import type { Kysely } from 'kysely';
import { parseBase64 } from '../../core/crypto/base64.ts';
import { appendLeafHash, createMerkleTree, merkleTreeSize, type MerkleTree } from '../../core/log/merkle-tree.ts';
import type { Database } from '../store/database.ts';

/** Rows read per query while catching up. */
const CATCH_UP_PAGE = 10_000;

export interface MerkleLog {
  readonly tree: MerkleTree;
  /** The tail of the queue of uses: each waits for the one before. */
  queue: Promise<unknown>;
}

export function createMerkleLog(): MerkleLog {
  return { tree: createMerkleTree(), queue: Promise.resolve() };
}

/** Runs `use` alone on this log (within this process); take it BEFORE opening a transaction, never inside. */
export function withMerkleLog<T>(log: MerkleLog, use: (tree: MerkleTree) => Promise<T>): Promise<T> {
  const run = log.queue.then(() => use(log.tree));
  log.queue = run.catch(() => undefined);
  return run;
}

/** Appends the leaf hashes stored since the cache was last brought up to date; returns the tree size. Call under withMerkleLog. */
export async function catchUpMerkleLog(db: Kysely<Database>, log: MerkleLog): Promise<number> {
  for (;;) {
    const from = merkleTreeSize(log.tree);
    const rows = await db.selectFrom('log_entries').select(['leaf_index', 'leaf_hash'])
      .where('leaf_index', '>=', from).orderBy('leaf_index').limit(CATCH_UP_PAGE).execute();
    for (const row of rows) {
      const hash = parseBase64(row.leaf_hash);
      if (row.leaf_index !== merkleTreeSize(log.tree) || hash === undefined) {
        throw new Error(`HQ log: leaf ${row.leaf_index} is missing or corrupt (the tree holds ${merkleTreeSize(log.tree)} leaves)`);
      }
      appendLeafHash(log.tree, hash);
    }
    if (rows.length < CATCH_UP_PAGE) return merkleTreeSize(log.tree);
  }
}

/**
 * Cuts the cache back to its first `size` leaves (after a transaction that appended more did not commit).
 * Every stored node covers an aligned complete subtree, so level k keeps exactly floor(size / 2^k) nodes.
 */
export function truncateMerkleLog(log: MerkleLog, size: number): void {
  const { levels } = log.tree;
  if (size > merkleTreeSize(log.tree)) throw new RangeError(`truncateMerkleLog: ${size} is beyond the tree's ${merkleTreeSize(log.tree)} leaves`);
  for (const [level, stored] of levels.entries()) stored.count = Math.floor(size / 2 ** level);
  while (levels.length > 0 && levels[levels.length - 1]?.count === 0) levels.pop();
}
