import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromHex, toHex } from '../../../src/core/crypto/bytes.ts';
import { leafHash } from '../../../src/core/log/merkle-hash.ts';
import { verifyConsistency, verifyInclusion } from '../../../src/core/log/merkle-proof.ts';
import {
  appendLeafHash,
  consistencyProof,
  createMerkleTree,
  inclusionProof,
  merkleRoot,
  merkleTreeSize,
  rootFromLeafHashes,
} from '../../../src/core/log/merkle-tree.ts';
import type { MerkleTree } from '../../../src/core/log/merkle-tree.ts';
import { consistencyVectors, inclusionVectors } from './merkle-vectors.ts';

// The RFC 6962 test tree used by transparency-dev/merkle (proof/verify_test.go): 8 leaves and the root of every prefix.
const testLeaves = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'];
const testRoots = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

function treeOf(hashes: readonly Uint8Array[]): MerkleTree {
  const tree = createMerkleTree();
  for (const hash of hashes) appendLeafHash(tree, hash);
  return tree;
}

/** Distinct 32-byte leaf hashes, cheap to make: the tree never looks inside them. */
function countingLeaves(count: number): Uint8Array[] {
  return Array.from({ length: count }, (_, i) => {
    const hash = new Uint8Array(32).fill(0xa5);
    new DataView(hash.buffer).setUint32(0, i);
    return hash;
  });
}

function flipBit(proof: readonly Uint8Array[], hashIndex: number, bit: number): Uint8Array[] {
  return proof.map((hash, i) => {
    if (i !== hashIndex) return hash;
    const flipped = hash.slice();
    flipped[bit >> 3] = (flipped[bit >> 3] ?? 0) ^ (1 << (bit & 7));
    return flipped;
  });
}

describe('Merkle tree on the RFC 6962 test tree', () => {
  const tree = treeOf(testLeaves.map((hex) => leafHash(fromHex(hex))));

  it('gives the published root for every size', () => {
    expect(merkleTreeSize(tree)).toBe(8);
    expect(toHex(merkleRoot(tree, 0))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    testRoots.forEach((root, i) => expect(toHex(merkleRoot(tree, i + 1))).toBe(root));
    expect(toHex(merkleRoot(tree))).toBe(testRoots[7]);
  });

  it('produces exactly the proofs of every happy-path vector', () => {
    for (const v of inclusionVectors().filter((v) => v.file.endsWith('happy-path.json') && v.treeSize <= 8)) {
      expect(inclusionProof(tree, v.leafIdx, v.treeSize), v.file).toEqual(v.proof);
      expect(merkleRoot(tree, v.treeSize)).toEqual(v.root);
    }
    for (const v of consistencyVectors().filter((v) => v.file.endsWith('happy-path.json') && v.size2 <= 8)) {
      expect(consistencyProof(tree, v.size1, v.size2), v.file).toEqual(v.proof);
    }
  });

  it('refuses sizes and indexes it cannot answer for', () => {
    expect(() => merkleRoot(tree, 9)).toThrow(RangeError);
    expect(() => inclusionProof(tree, 8, 8)).toThrow(RangeError);
    expect(() => inclusionProof(tree, 0, 9)).toThrow(RangeError);
    expect(() => consistencyProof(tree, 0, 4)).toThrow(RangeError);
    expect(() => consistencyProof(tree, 5, 4)).toThrow(RangeError);
    expect(() => appendLeafHash(tree, new Uint8Array(31))).toThrow(/32 bytes/);
  });
});

const treeSizes = fc.integer({ min: 1, max: 300 });

describe('Merkle tree properties', () => {
  it('agrees with the definition of MTH for every prefix', () => {
    fc.assert(
      fc.property(treeSizes, (size) => {
        const leaves = countingLeaves(size);
        const tree = treeOf(leaves);
        for (const prefix of [1, size >> 1, size - 1, size].filter((n) => n > 0)) {
          expect(merkleRoot(tree, prefix)).toEqual(rootFromLeafHashes(leaves.slice(0, prefix)));
        }
      }),
      { numRuns: 40 },
    );
  });

  const inclusionCase = treeSizes.chain((treeSize) =>
    fc.record({
      treeSize: fc.constant(treeSize),
      size: fc.integer({ min: 1, max: treeSize }),
      indexSeed: fc.nat(),
      otherSeed: fc.nat(),
      bit: fc.integer({ min: 0, max: 255 }),
    }),
  );

  it('every inclusion proof verifies; a flipped bit, another index or another size fails', () => {
    fc.assert(
      fc.property(inclusionCase, ({ treeSize, size, indexSeed, otherSeed, bit }) => {
        const leaves = countingLeaves(treeSize);
        const tree = treeOf(leaves);
        const index = indexSeed % size;
        const leaf = leaves[index] ?? new Uint8Array();
        const root = merkleRoot(tree, size);
        const proof = inclusionProof(tree, index, size);
        expect(verifyInclusion(index, size, leaf, proof, root)).toEqual({ ok: true });

        if (proof.length > 0) {
          const corrupted = flipBit(proof, otherSeed % proof.length, bit);
          expect(verifyInclusion(index, size, leaf, corrupted, root).ok).toBe(false);
        }
        if (size > 1) {
          const otherIndex = (index + 1 + (otherSeed % (size - 1))) % size;
          expect(verifyInclusion(otherIndex, size, leaf, proof, root).ok).toBe(false);
        }
        const otherSize = index + 1 + (otherSeed % (treeSize - index));
        if (otherSize !== size) {
          expect(verifyInclusion(index, otherSize, leaf, proof, merkleRoot(tree, otherSize)).ok).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });

  const consistencyCase = treeSizes.chain((treeSize) =>
    fc.record({
      treeSize: fc.constant(treeSize),
      size2: fc.integer({ min: 1, max: treeSize }),
      size1Seed: fc.nat(),
      otherSeed: fc.nat(),
      bit: fc.integer({ min: 0, max: 255 }),
    }),
  );

  it('every consistency proof verifies; a flipped bit, another size1 or another size2 fails', () => {
    fc.assert(
      fc.property(consistencyCase, ({ treeSize, size2, size1Seed, otherSeed, bit }) => {
        const tree = treeOf(countingLeaves(treeSize));
        const size1 = 1 + (size1Seed % size2);
        const root1 = merkleRoot(tree, size1);
        const root2 = merkleRoot(tree, size2);
        const proof = consistencyProof(tree, size1, size2);
        expect(verifyConsistency(size1, size2, proof, root1, root2)).toEqual({ ok: true });

        if (proof.length > 0) {
          const corrupted = flipBit(proof, otherSeed % proof.length, bit);
          expect(verifyConsistency(size1, size2, corrupted, root1, root2).ok).toBe(false);
        }
        const otherSize1 = 1 + (otherSeed % size2);
        if (otherSize1 !== size1) {
          expect(verifyConsistency(otherSize1, size2, proof, merkleRoot(tree, otherSize1), root2).ok).toBe(false);
        }
        const otherSize2 = size1 + (otherSeed % (treeSize - size1 + 1));
        if (otherSize2 !== size2) {
          expect(verifyConsistency(size1, otherSize2, proof, root1, merkleRoot(tree, otherSize2)).ok).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('Merkle tree at scale', () => {
  it('answers proofs for earlier sizes of a 65,537-leaf tree without rehashing the leaves', () => {
    const leaves = countingLeaves(65_537);
    const tree = treeOf(leaves);
    expect(merkleRoot(tree)).toEqual(rootFromLeafHashes(leaves));

    const started = performance.now();
    for (let i = 0; i < 500; i++) {
      const size = 1 + ((i * 7919 + 13) % 65_537);
      const index = (i * 104_729) % size;
      const size1 = 1 + ((i * 15_485_863) % size);
      const root = merkleRoot(tree, size);
      expect(verifyInclusion(index, size, leaves[index] ?? new Uint8Array(), inclusionProof(tree, index, size), root).ok).toBe(true);
      expect(verifyConsistency(size1, size, consistencyProof(tree, size1, size), merkleRoot(tree, size1), root).ok).toBe(true);
    }
    // ~17 hashes per proof: 500 rounds take milliseconds; a proof that walked the leaves would take minutes.
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
