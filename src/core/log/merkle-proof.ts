// Inclusion and consistency proof checks (RFC 9162 §2.1.3.2, §2.1.4.2), in the equivalent form of
// transparency-dev/merkle's proof package: the path is split where it leaves the tree's right border, which
// gives the exact proof length up front and so a precise refusal before any hashing.
// Sizes are numbers for callers but bigints inside: JS bit operators would truncate sizes above 2^31.
import { bytesEqual } from '../crypto/bytes.ts';
import { MERKLE_HASH_LENGTH, nodeHash } from './merkle-hash.ts';
import { ACCEPTED, refuse } from './verdict.ts';
import type { Refusal, Verdict } from './verdict.ts';

export function verifyInclusion(
  index: number,
  size: number,
  leafHash: Uint8Array,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): Verdict {
  const badInput = refuseUnlessCount('index', index) ?? refuseUnlessCount('size', size);
  if (badInput !== undefined) return badInput;
  if (index >= size) return refuse(`index out of range: leaf ${index} is not in a tree of size ${size}`);
  if (leafHash.length !== MERKLE_HASH_LENGTH) {
    return refuse(`leaf hash is ${leafHash.length} bytes, expected ${MERKLE_HASH_LENGTH}`);
  }
  const leaf = BigInt(index);
  const { inner, border } = splitInclusionPath(leaf, BigInt(size));
  if (proof.length !== inner + border) {
    return refuse(`wrong proof length: ${proof.length} hashes, expected ${inner + border} for leaf ${index} of ${size}`);
  }
  const badHash = refuseUnlessHashes(proof);
  if (badHash !== undefined) return badHash;
  const calculated = chainBorder(chainInner(leafHash, proof.slice(0, inner), leaf), proof.slice(inner));
  return bytesEqual(calculated, root) ? ACCEPTED : refuse(`root mismatch: the proof for leaf ${index} leads to another root`);
}

export function verifyConsistency(
  size1: number,
  size2: number,
  proof: readonly Uint8Array[],
  root1: Uint8Array,
  root2: Uint8Array,
): Verdict {
  const badInput = refuseUnlessCount('size1', size1) ?? refuseUnlessCount('size2', size2);
  if (badInput !== undefined) return badInput;
  if (size2 < size1) return refuse(`size2 ${size2} is smaller than size1 ${size1}`);
  if (size1 === 0) return refuse('size1 is 0: every tree extends the empty tree, so there is nothing to prove');
  if (size1 === size2) {
    if (proof.length !== 0) return refuse(`wrong proof length: ${proof.length} hashes, expected 0 for equal sizes`);
    return bytesEqual(root1, root2) ? ACCEPTED : refuse(`root mismatch: two different roots for size ${size1}`);
  }
  if (proof.length === 0) return refuse(`wrong proof length: empty proof for sizes ${size1} and ${size2}`);
  const badHash = refuseUnlessHashes(proof);
  if (badHash !== undefined) return badHash;

  const first = BigInt(size1);
  const { inner: innerFromLeaf, border } = splitInclusionPath(first - 1n, BigInt(size2));
  // The last full subtree of tree 1 sits `shift` levels up; the proof starts there, not at a leaf.
  const shift = trailingZeroBits(first);
  const inner = innerFromLeaf - shift;
  // When size1 is itself a power of two, that subtree is tree 1 and root1 is the seed; else the proof carries it.
  const seedIsRoot1 = first === 1n << BigInt(shift);
  const [seed, ...path] = seedIsRoot1 ? [root1, ...proof] : proof;
  if (seed === undefined || path.length !== inner + border) {
    const expected = (seedIsRoot1 ? 0 : 1) + inner + border;
    return refuse(`wrong proof length: ${proof.length} hashes, expected ${expected} for sizes ${size1} and ${size2}`);
  }
  const mask = (first - 1n) >> BigInt(shift);

  const calculated1 = chainBorder(chainInnerLeftOnly(seed, path.slice(0, inner), mask), path.slice(inner));
  if (!bytesEqual(calculated1, root1)) return refuse(`root mismatch: the proof does not lead to root1 for size ${size1}`);
  const calculated2 = chainBorder(chainInner(seed, path.slice(0, inner), mask), path.slice(inner));
  if (!bytesEqual(calculated2, root2)) return refuse(`root mismatch: the proof does not lead to root2 for size ${size2}`);
  return ACCEPTED;
}

function refuseUnlessCount(name: string, value: number): Refusal | undefined {
  return Number.isSafeInteger(value) && value >= 0 ? undefined : refuse(`${name} ${value} is not a non-negative integer`);
}

function refuseUnlessHashes(proof: readonly Uint8Array[]): Refusal | undefined {
  const index = proof.findIndex((hash) => hash.length !== MERKLE_HASH_LENGTH);
  if (index < 0) return undefined;
  return refuse(`proof hash ${index} is ${proof[index]?.length ?? 0} bytes, expected ${MERKLE_HASH_LENGTH}`);
}

/**
 * Lengths of the two parts of the inclusion path of `index` in a tree of `size`: `inner` siblings below the
 * level where the paths to `index` and to `size - 1` meet, then `border` left-hand subtrees along the right edge.
 */
function splitInclusionPath(index: bigint, size: bigint): { inner: number; border: number } {
  const inner = bitLength(index ^ (size - 1n));
  return { inner, border: oneBits(index >> BigInt(inner)) };
}

/** Hashes up from `seed` at position `index` on its level, the sibling side given by each bit of `index`. */
function chainInner(seed: Uint8Array, proof: readonly Uint8Array[], index: bigint): Uint8Array {
  return proof.reduce((hash, sibling, level) => (bitAt(index, level) ? nodeHash(sibling, hash) : nodeHash(hash, sibling)), seed);
}

/** Like chainInner but skipping right-hand siblings: yields the same subtree as it was before they existed. */
function chainInnerLeftOnly(seed: Uint8Array, proof: readonly Uint8Array[], index: bigint): Uint8Array {
  return proof.reduce((hash, sibling, level) => (bitAt(index, level) ? nodeHash(sibling, hash) : hash), seed);
}

/** Above the meeting level every proof hash is a left-hand subtree along the right border. */
function chainBorder(seed: Uint8Array, proof: readonly Uint8Array[]): Uint8Array {
  return proof.reduce((hash, sibling) => nodeHash(sibling, hash), seed);
}

function bitAt(value: bigint, bit: number): boolean {
  return ((value >> BigInt(bit)) & 1n) === 1n;
}

function bitLength(value: bigint): number {
  return value === 0n ? 0 : value.toString(2).length;
}

function oneBits(value: bigint): number {
  return value.toString(2).replaceAll('0', '').length;
}

function trailingZeroBits(positive: bigint): number {
  const binary = positive.toString(2);
  return binary.length - 1 - binary.lastIndexOf('1');
}
