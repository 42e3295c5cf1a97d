import { describe, expect, it } from 'vitest';
import type { EntryRecord } from '../../../src/app/log/entry-record.ts';
import { nextPushBatch } from '../../../src/app/sync/push-batch.ts';
import { CLIENT_PUSH_BATCH_BYTES, CLIENT_PUSH_BATCH_ENTRIES } from '../../../src/core/sync/limits.ts';

function entries(count: number, size: number): EntryRecord[] {
  return Array.from({ length: count }, (_, seq) => ({
    id: String(seq), device: 'T3F', seq, permit: null, action: 'login', actor: 'amina', role: 'officer', wallTime: 0,
    hlc: { wallMs: 0, counter: seq }, bytes: new Uint8Array(size),
  }));
}

describe('nextPushBatch', () => {
  it('takes at most the entry limit of small entries, oldest first', () => {
    const batch = nextPushBatch(entries(150, 100), CLIENT_PUSH_BATCH_ENTRIES, CLIENT_PUSH_BATCH_BYTES);
    expect(batch.map((entry) => entry.seq)).toEqual([...Array(100).keys()]);
  });

  it('stops before the byte limit, but always sends one entry', () => {
    expect(nextPushBatch(entries(10, 20_000), 100, 64 * 1024)).toHaveLength(3);
    expect(nextPushBatch(entries(2, 70_000), 100, 64 * 1024)).toHaveLength(1);
    expect(nextPushBatch([], 100, 64 * 1024)).toEqual([]);
  });
});
