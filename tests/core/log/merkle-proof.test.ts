import { describe, expect, it } from 'vitest';
import { verifyConsistency, verifyInclusion } from '../../../src/core/log/merkle-proof.ts';
import { consistencyVectors, inclusionVectors } from './merkle-vectors.ts';

const inclusion = inclusionVectors();
const consistency = consistencyVectors();

describe('verifyInclusion against transparency-dev/merkle vectors', () => {
  it('reads every inclusion vector', () => {
    expect(inclusion).toHaveLength(98);
  });
  it.each(inclusion.map((v) => [v.file, v] as const))('%s', (_file, v) => {
    const verdict = verifyInclusion(v.leafIdx, v.treeSize, v.leafHash, v.proof, v.root);
    expect(verdict.ok, v.desc).toBe(!v.wantErr);
  });
});

describe('verifyConsistency against transparency-dev/merkle vectors', () => {
  it('reads every consistency vector', () => {
    expect(consistency).toHaveLength(98);
  });
  it.each(consistency.map((v) => [v.file, v] as const))('%s', (_file, v) => {
    const verdict = verifyConsistency(v.size1, v.size2, v.proof, v.root1, v.root2);
    expect(verdict.ok, v.desc).toBe(!v.wantErr);
  });
});

function inclusionVector(file: string) {
  const found = inclusion.find((v) => v.file === file);
  if (found === undefined) throw new Error(`no vector ${file}`);
  return found;
}

function consistencyVector(file: string) {
  const found = consistency.find((v) => v.file === file);
  if (found === undefined) throw new Error(`no vector ${file}`);
  return found;
}

function reason(verdict: { ok: boolean; reason?: string }): string {
  return verdict.ok ? 'accepted' : (verdict.reason ?? '');
}

describe('refusal reasons name what is wrong', () => {
  const happy = inclusionVector('1/happy-path.json');
  const include = (changes: Partial<typeof happy>) => {
    const v = { ...happy, ...changes };
    return reason(verifyInclusion(v.leafIdx, v.treeSize, v.leafHash, v.proof, v.root));
  };
  it('inclusion', () => {
    expect(include({})).toBe('accepted');
    expect(include({ leafIdx: 8 })).toMatch(/^index out of range/);
    expect(include({ treeSize: 0 })).toMatch(/^index out of range/);
    expect(include({ leafIdx: -1 })).toMatch(/not a non-negative integer/);
    expect(include({ treeSize: 2 ** 53 })).toMatch(/not a non-negative integer/);
    expect(include({ proof: happy.proof.slice(1) })).toMatch(/^wrong proof length: 2 hashes, expected 3/);
    expect(include({ leafHash: new Uint8Array(31) })).toMatch(/^leaf hash is 31 bytes/);
    expect(include({ proof: [happy.proof[0] ?? new Uint8Array(), new Uint8Array(33), happy.proof[2] ?? new Uint8Array()] })).toMatch(
      /^proof hash 1 is 33 bytes/,
    );
    expect(include({ root: new Uint8Array(32) })).toMatch(/^root mismatch/);
  });

  const consistent = consistencyVector('4/happy-path.json');
  const extend = (changes: Partial<typeof consistent>) => {
    const v = { ...consistent, ...changes };
    return reason(verifyConsistency(v.size1, v.size2, v.proof, v.root1, v.root2));
  };
  it('consistency', () => {
    expect(extend({})).toBe('accepted');
    expect(extend({ size1: consistent.size2 + 1 })).toMatch(/^size2 \d+ is smaller than size1/);
    expect(extend({ size1: 0 })).toMatch(/^size1 is 0/);
    expect(extend({ size1: consistent.size2 })).toMatch(/^wrong proof length: \d+ hashes, expected 0 for equal sizes/);
    expect(extend({ proof: [] })).toMatch(/^wrong proof length: empty proof/);
    expect(extend({ proof: consistent.proof.slice(1) })).toMatch(/^wrong proof length/);
    expect(extend({ root1: new Uint8Array(32) })).toMatch(/^root mismatch: the proof does not lead to root1/);
    expect(extend({ root2: new Uint8Array(32) })).toMatch(/^root mismatch: the proof does not lead to root2/);
    expect(extend({ size2: consistent.size1, proof: [], root2: new Uint8Array(32) })).toMatch(/^root mismatch: two different roots/);
  });
});

describe('sizes beyond 32 bits', () => {
  it('checks the proof shape with exact integer arithmetic', () => {
    const size = 2 ** 40 + 3;
    const index = 2 ** 40 + 1;
    // Leaf 2^40+1 of 2^40+3: sibling leaf 2^40, the last leaf 2^40+2, then the left 2^40-leaf subtree.
    const proof = [new Uint8Array(32), new Uint8Array(32), new Uint8Array(32)];
    expect(reason(verifyInclusion(index, size, new Uint8Array(32), proof, new Uint8Array(32)))).toMatch(/^root mismatch/);
    expect(reason(verifyInclusion(index, size, new Uint8Array(32), proof.slice(1), new Uint8Array(32)))).toMatch(
      /^wrong proof length: 2 hashes, expected 3/,
    );
  });
});
