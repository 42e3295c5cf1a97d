import { describe, expect, it } from 'vitest';
import { encodedPulledEntry, encodePullResponse } from '../../../src/core/sync/pull-encoding.ts';
import { pullResponseSchema, type PullResponse } from '../../../src/core/sync/pull.ts';
import { decodeSyncMessage, encodeSyncMessage } from '../../../src/core/sync/wire.ts';

function entries(count: number): PullResponse['entries'] {
  return Array.from({ length: count }, (_, index) => ({ leafIndex: 70_000 + index * 3, bytes: Uint8Array.from({ length: 100 + (index % 7) }, (_, byte) => (byte * 31 + index) & 0xff) }));
}

function response(count: number, overrides: Partial<PullResponse> = {}): PullResponse {
  return {
    v: 1,
    entries: entries(count),
    nextCursor: 71_000,
    more: count === 1000,
    checkpoint: 'hornbill.example/log\n3\nAAAA\n\n— hq abc=\n',
    consistency: [new Uint8Array(32).fill(7), new Uint8Array(32).fill(9)],
    trustList: count % 2 === 0 ? null : Uint8Array.of(1, 2, 3),
    statusList: null,
    users: [{ id: 'user-1', removedAt: null }, { id: 'user-2', removedAt: 1_790_000_000_000 }],
    quotaShares: count === 0 ? null : { version: 4, shares: [{ taxonId: 3, year: 2026, amount: 12.5, unit: 'KGM' }] },
    hqTime: 1_790_000_000_123,
    ...overrides,
  };
}

describe('a pull answer assembled from pre-encoded entries', () => {
  // 0, 1, 23/24 (one-byte and two-byte array heads), 255/256 and 1000 (three-byte heads).
  it.each([0, 1, 23, 24, 255, 256, 1000])('is byte for byte the deterministic encoding of the answer, with %i entries', (count) => {
    const answer = response(count);
    const assembled = encodePullResponse(answer);
    expect(assembled).toEqual(encodeSyncMessage(pullResponseSchema, answer));
    expect(decodeSyncMessage(pullResponseSchema, assembled, 'pull')).toEqual({ ok: true, value: answer });
  });

  it('encodes each entry object once and reuses its bytes', () => {
    const [entry] = entries(1);
    if (entry === undefined) throw new Error('no entry');
    expect(encodedPulledEntry(entry)).toBe(encodedPulledEntry(entry));
    expect(encodedPulledEntry({ ...entry })).not.toBe(encodedPulledEntry(entry));
  });

  it('refuses an answer that breaks the schema, in the head or in an entry', () => {
    expect(() => encodePullResponse(response(2, { nextCursor: -1 }))).toThrow();
    expect(() => encodePullResponse(response(0, { entries: [{ leafIndex: 1.5, bytes: new Uint8Array(3) }] }))).toThrow();
  });
});
