// An append-only RFC 9162 Merkle tree over leaf hashes. Every complete subtree hash is kept, level by level,
// so the root, inclusion and consistency proofs for any earlier size need O(log n) lookups and at most one
// O(log n) recomputation (the subtree cut by the tree's right border), never a pass over the leaves.
import { MERKLE_HASH_LENGTH, emptyRootHash, nodeHash } from './merkle-hash.ts';

/** One level's hashes packed in a growable buffer: node i covers leaves [i·2^level, (i+1)·2^level). */
export interface MerkleLevel {
  bytes: Uint8Array;
  count: number;
}

/** levels[0] holds the leaf hashes; levels[k] the hashes of the complete subtrees of 2^k leaves. */
export interface MerkleTree {
  readonly levels: MerkleLevel[];
}

export function createMerkleTree(): MerkleTree {
  return { levels: [] };
}

export function merkleTreeSize(tree: MerkleTree): number {
  return tree.levels[0]?.count ?? 0;
}

/** Appends a leaf hash (see leafHash) and returns its index. */
export function appendLeafHash(tree: MerkleTree, hash: Uint8Array): number {
  if (hash.length !== MERKLE_HASH_LENGTH) throw new Error(`appendLeafHash: a leaf hash is ${MERKLE_HASH_LENGTH} bytes, got ${hash.length}`);
  const index = merkleTreeSize(tree);
  let node = hash;
  let position = index;
  for (let level = 0; ; level++) {
    pushHash(levelAt(tree, level), node);
    if (position % 2 === 0) return index;
    // A right child completes its parent: store the parent one level up.
    node = nodeHash(storedHash(tree, level, position - 1), node);
    position = (position - 1) / 2;
  }
}

/** MTH of the first `size` leaves (default: all of them). */
export function merkleRoot(tree: MerkleTree, size: number = merkleTreeSize(tree)): Uint8Array {
  requireSize(tree, size);
  return size === 0 ? emptyRootHash() : subtreeHash(tree, 0, size).slice();
}

/** PATH(index, D[size]) of RFC 9162 §2.1.3.1, ordered from the leaf's sibling up. */
export function inclusionProof(tree: MerkleTree, index: number, size: number): Uint8Array[] {
  requireSize(tree, size);
  if (!Number.isSafeInteger(index) || index < 0 || index >= size) {
    throw new RangeError(`inclusionProof: index ${index} is not a leaf of a tree of size ${size}`);
  }
  return inclusionPath(tree, index, 0, size).map((hash) => hash.slice());
}

/** PROOF(size1, D[size2]) of RFC 9162 §2.1.4.1; requires 0 < size1 <= size2. */
export function consistencyProof(tree: MerkleTree, size1: number, size2: number): Uint8Array[] {
  requireSize(tree, size2);
  if (!Number.isSafeInteger(size1) || size1 <= 0 || size1 > size2) {
    throw new RangeError(`consistencyProof: size1 ${size1} must be in 1..${size2}`);
  }
  return consistencyPath(tree, size1, 0, size2, true).map((hash) => hash.slice());
}

/** MTH computed straight from the definition, O(n): a reference for tests and small one-off trees. */
export function rootFromLeafHashes(hashes: readonly Uint8Array[]): Uint8Array {
  const [first] = hashes;
  if (first === undefined) return emptyRootHash();
  if (hashes.length === 1) return first.slice();
  const split = largestPowerOfTwoBelow(hashes.length);
  return nodeHash(rootFromLeafHashes(hashes.slice(0, split)), rootFromLeafHashes(hashes.slice(split)));
}

function inclusionPath(tree: MerkleTree, index: number, start: number, end: number): Uint8Array[] {
  if (end - start === 1) return [];
  const split = start + largestPowerOfTwoBelow(end - start);
  return index < split
    ? [...inclusionPath(tree, index, start, split), subtreeHash(tree, split, end)]
    : [...inclusionPath(tree, index, split, end), subtreeHash(tree, start, split)];
}

/** SUBPROOF(m, D[start:end], b) with m = size1 - start; `size1IsWholeSubtree` is b. */
function consistencyPath(tree: MerkleTree, size1: number, start: number, end: number, size1IsWholeSubtree: boolean): Uint8Array[] {
  if (size1 === end) return size1IsWholeSubtree ? [] : [subtreeHash(tree, start, end)];
  const split = start + largestPowerOfTwoBelow(end - start);
  return size1 <= split
    ? [...consistencyPath(tree, size1, start, split, size1IsWholeSubtree), subtreeHash(tree, split, end)]
    : [...consistencyPath(tree, size1, split, end, false), subtreeHash(tree, start, split)];
}

/** MTH(D[start:end]): a stored node when the range is a complete aligned subtree, else split as RFC 9162 does. */
function subtreeHash(tree: MerkleTree, start: number, end: number): Uint8Array {
  const width = end - start;
  let level = 0;
  while (2 ** level < width) level++;
  if (2 ** level === width && start % width === 0) return storedHash(tree, level, start / width);
  const split = start + largestPowerOfTwoBelow(width);
  return nodeHash(subtreeHash(tree, start, split), subtreeHash(tree, split, end));
}

/** The largest power of two strictly less than n (n >= 2). */
function largestPowerOfTwoBelow(n: number): number {
  let power = 1;
  while (power * 2 < n) power *= 2;
  return power;
}

function requireSize(tree: MerkleTree, size: number): void {
  const available = merkleTreeSize(tree);
  if (!Number.isSafeInteger(size) || size < 0 || size > available) {
    throw new RangeError(`Merkle tree: size ${size} is not in 0..${available}`);
  }
}

function levelAt(tree: MerkleTree, level: number): MerkleLevel {
  const existing = tree.levels[level];
  if (existing !== undefined) return existing;
  const created: MerkleLevel = { bytes: new Uint8Array(MERKLE_HASH_LENGTH * 64), count: 0 };
  tree.levels.push(created);
  return created;
}

function pushHash(level: MerkleLevel, hash: Uint8Array): void {
  const offset = level.count * MERKLE_HASH_LENGTH;
  if (offset + MERKLE_HASH_LENGTH > level.bytes.length) {
    const grown = new Uint8Array(level.bytes.length * 2);
    grown.set(level.bytes);
    level.bytes = grown;
  }
  level.bytes.set(hash, offset);
  level.count += 1;
}

/** A view into the level's buffer: callers hash it at once or copy it before handing it out. */
function storedHash(tree: MerkleTree, level: number, position: number): Uint8Array {
  const stored = tree.levels[level];
  if (stored === undefined || position >= stored.count) {
    throw new Error(`Merkle tree: no stored hash at level ${level}, position ${position}`);
  }
  const offset = position * MERKLE_HASH_LENGTH;
  return stored.bytes.subarray(offset, offset + MERKLE_HASH_LENGTH);
}
