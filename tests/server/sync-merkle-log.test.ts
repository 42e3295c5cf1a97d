import { describe, expect, it } from 'vitest';
import { leafHash } from '../../src/core/log/merkle-hash.ts';
import { appendLeafHash, inclusionProof, merkleRoot, merkleTreeSize } from '../../src/core/log/merkle-tree.ts';
import { createMerkleLog, truncateMerkleLog, withMerkleLog } from '../../src/server/sync/merkle-log.ts';

const leaf = (i: number) => leafHash(new Uint8Array([i, i >> 8]));

describe('the Merkle log cache', () => {
  it('cut back to an earlier size, is the tree of that size, and grows again to the same roots and proofs', () => {
    const reference = createMerkleLog();
    for (let i = 0; i < 37; i++) appendLeafHash(reference.tree, leaf(i));
    for (const size of [0, 1, 2, 5, 8, 16, 21, 36]) {
      const log = createMerkleLog();
      for (let i = 0; i < 37; i++) appendLeafHash(log.tree, leaf(1000 + i));
      truncateMerkleLog(log, 0);
      for (let i = 0; i < size; i++) appendLeafHash(log.tree, leaf(i));
      for (let i = size; i < 37; i++) appendLeafHash(log.tree, leaf(5000 + i));
      truncateMerkleLog(log, size);
      expect(merkleTreeSize(log.tree)).toBe(size);
      expect(merkleRoot(log.tree)).toEqual(merkleRoot(reference.tree, size));
      for (let i = size; i < 37; i++) appendLeafHash(log.tree, leaf(i));
      expect(merkleRoot(log.tree)).toEqual(merkleRoot(reference.tree));
      expect(inclusionProof(log.tree, 3, 37)).toEqual(inclusionProof(reference.tree, 3, 37));
    }
  });

  it('refuses to cut to a size it does not hold', () => {
    const log = createMerkleLog();
    appendLeafHash(log.tree, leaf(0));
    expect(() => truncateMerkleLog(log, 2)).toThrow(RangeError);
  });

  it('runs its uses one at a time, in order, even when one fails', async () => {
    const log = createMerkleLog();
    const order: string[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const first = withMerkleLog(log, async () => {
      order.push('first starts');
      await gate;
      order.push('first ends');
      throw new Error('first fails');
    });
    const second = withMerkleLog(log, async () => {
      order.push('second');
      return 2;
    });
    release();
    await expect(first).rejects.toThrow('first fails');
    await expect(second).resolves.toBe(2);
    expect(order).toEqual(['first starts', 'first ends', 'second']);
  });
});
