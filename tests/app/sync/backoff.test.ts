import { describe, expect, it } from 'vitest';
import { BACKOFF_BASE_MS, BACKOFF_CAP_MS, backoffDelay } from '../../../src/app/sync/backoff.ts';

describe('backoffDelay', () => {
  it('is full jitter under a ceiling that doubles from 2 s up to 5 minutes', () => {
    const almostOne = () => 0.999_999;
    const ceilings = [0, 1, 2, 3, 4, 5, 6, 7, 8, 20].map((attempt) => backoffDelay(attempt, almostOne));
    expect(ceilings.slice(0, 8)).toEqual([1_999, 3_999, 7_999, 15_999, 31_999, 63_999, 127_999, 255_999]);
    expect(ceilings.slice(8)).toEqual([BACKOFF_CAP_MS - 1, BACKOFF_CAP_MS - 1]);
    expect(backoffDelay(3, () => 0)).toBe(0);
    expect(backoffDelay(1, () => 0.5)).toBe(BACKOFF_BASE_MS);
  });
});
