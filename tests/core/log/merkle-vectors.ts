// Loads the transparency-dev/merkle proof vectors copied into tests/vectors/merkle (see SOURCE.txt there).
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const testdata = fileURLToPath(new URL('../../vectors/merkle/testdata/', import.meta.url));

export interface InclusionVector {
  file: string;
  leafIdx: number;
  treeSize: number;
  root: Uint8Array;
  leafHash: Uint8Array;
  proof: Uint8Array[];
  desc: string;
  wantErr: boolean;
}

export interface ConsistencyVector {
  file: string;
  size1: number;
  size2: number;
  root1: Uint8Array;
  root2: Uint8Array;
  proof: Uint8Array[];
  desc: string;
  wantErr: boolean;
}

interface RawInclusion {
  leafIdx: number;
  treeSize: number;
  root: string;
  leafHash: string;
  proof: string[] | null;
  desc: string;
  wantErr: boolean;
}

interface RawConsistency {
  size1: number;
  size2: number;
  root1: string;
  root2: string;
  proof: string[] | null;
  desc: string;
  wantErr: boolean;
}

function base64(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'base64'));
}

function readVectors<T>(kind: 'inclusion' | 'consistency'): { file: string; raw: T }[] {
  return readdirSync(testdata + kind, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ file, raw: JSON.parse(readFileSync(`${testdata}${kind}/${file}`, 'utf8')) as T }));
}

export function inclusionVectors(): InclusionVector[] {
  return readVectors<RawInclusion>('inclusion').map(({ file, raw }) => ({
    ...raw,
    file,
    root: base64(raw.root),
    leafHash: base64(raw.leafHash),
    proof: (raw.proof ?? []).map(base64),
  }));
}

export function consistencyVectors(): ConsistencyVector[] {
  return readVectors<RawConsistency>('consistency').map(({ file, raw }) => ({
    ...raw,
    file,
    root1: base64(raw.root1),
    root2: base64(raw.root2),
    proof: (raw.proof ?? []).map(base64),
  }));
}
