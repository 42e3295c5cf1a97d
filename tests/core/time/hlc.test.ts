import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_MAX_DRIFT_MS,
  HLC_MAX_COUNTER,
  compareHlc,
  mergeRemote,
  startHlc,
  tickLocal,
  type Hlc,
} from '../../../src/core/time/hlc.ts';
import { hlcToText, parseHlcText } from '../../../src/core/time/hlc-text.ts';

const T0 = Date.UTC(2026, 10, 26, 9, 0, 0);
const clockArbitrary: fc.Arbitrary<Hlc> = fc.record({
  wallMs: fc.integer({ min: T0 - 10_000, max: T0 + 10_000 }),
  counter: fc.integer({ min: 0, max: HLC_MAX_COUNTER }),
  node: fc.constantFrom('T3F', 'K9X', 'A22'),
});
const wallArbitrary = fc.integer({ min: T0 - 20_000, max: T0 + 20_000 });

function merged(clock: Hlc, remote: Hlc, wallNow: number): Hlc {
  const result = mergeRemote(clock, remote, wallNow);
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value;
}

describe('hybrid logical clock', () => {
  it('follows the wall clock when it moves forward', () => {
    const clock = tickLocal(startHlc('T3F', T0), T0 + 5);
    expect(clock).toEqual({ wallMs: T0 + 5, counter: 0, node: 'T3F' });
  });

  it('keeps increasing when the wall clock jumps backwards', () => {
    let clock = startHlc('T3F', T0);
    const readings = [clock];
    for (const wall of [T0 - 3_600_000, T0 - 1, T0, T0 - 50]) {
      clock = tickLocal(clock, wall);
      readings.push(clock);
    }
    expect(readings.map((r) => [r.wallMs, r.counter])).toEqual([[T0, 0], [T0, 1], [T0, 2], [T0, 3], [T0, 4]]);
    clock = tickLocal(clock, T0 + 1);
    expect([clock.wallMs, clock.counter]).toEqual([T0 + 1, 0]);
  });

  it('adopts a remote clock that is ahead (within the drift bound) and stays after it', () => {
    const local = startHlc('T3F', T0);
    const remote: Hlc = { wallMs: T0 + 60_000, counter: 7, node: 'K9X' };
    const result = merged(local, remote, T0 + 10);
    expect(result).toEqual({ wallMs: T0 + 60_000, counter: 8, node: 'T3F' });
  });

  it('keeps its own time when the remote clock is behind', () => {
    const local: Hlc = { wallMs: T0, counter: 3, node: 'T3F' };
    expect(merged(local, { wallMs: T0 - 5_000, counter: 9, node: 'K9X' }, T0 - 1)).toEqual({ wallMs: T0, counter: 4, node: 'T3F' });
    expect(merged(local, { wallMs: T0 - 5_000, counter: 9, node: 'K9X' }, T0 + 2)).toEqual({ wallMs: T0 + 2, counter: 0, node: 'T3F' });
  });

  it('takes the larger counter when both clocks share the millisecond', () => {
    const local: Hlc = { wallMs: T0, counter: 3, node: 'T3F' };
    expect(merged(local, { wallMs: T0, counter: 10, node: 'K9X' }, T0 - 100)).toEqual({ wallMs: T0, counter: 11, node: 'T3F' });
  });

  it('refuses a remote clock further ahead than the drift bound and leaves the local clock unchanged', () => {
    const local = startHlc('T3F', T0);
    const farAhead: Hlc = { wallMs: T0 + DEFAULT_MAX_DRIFT_MS + 1, counter: 0, node: 'K9X' };
    const result = mergeRemote(local, farAhead, T0);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('hlc.remote-too-far-ahead');
    expect(result.error.aheadMs).toBe(DEFAULT_MAX_DRIFT_MS + 1);
    expect(result.error.message.fr).toContain('min');
    expect(mergeRemote(local, { ...farAhead, wallMs: T0 + DEFAULT_MAX_DRIFT_MS }, T0).ok).toBe(true);
    expect(mergeRemote(local, farAhead, T0, 2 * DEFAULT_MAX_DRIFT_MS).ok).toBe(true);
  });

  it('moves one millisecond ahead when the counter would overflow', () => {
    const full: Hlc = { wallMs: T0, counter: HLC_MAX_COUNTER, node: 'T3F' };
    const next = tickLocal(full, T0);
    expect(next).toEqual({ wallMs: T0 + 1, counter: 0, node: 'T3F' });
    expect(compareHlc(next, full)).toBeGreaterThan(0);
    expect(merged({ ...full, counter: 0 }, { ...full, node: 'K9X' }, T0)).toEqual({ wallMs: T0 + 1, counter: 0, node: 'T3F' });
  });

  it('refuses wall times that are not integer milliseconds', () => {
    expect(() => tickLocal(startHlc('T3F', T0), 1.5)).toThrow(RangeError);
    expect(() => tickLocal(startHlc('T3F', T0), -1)).toThrow(RangeError);
    expect(() => mergeRemote(startHlc('T3F', T0), { wallMs: T0, counter: -1 }, T0)).toThrow(RangeError);
  });

  it('orders by wall time, then counter, then node', () => {
    const a: Hlc = { wallMs: T0, counter: 1, node: 'T3F' };
    expect(compareHlc(a, { ...a, wallMs: T0 + 1, counter: 0 })).toBeLessThan(0);
    expect(compareHlc(a, { ...a, counter: 2 })).toBeLessThan(0);
    expect(compareHlc(a, { ...a, node: 'A22' })).toBeGreaterThan(0);
    expect(compareHlc(a, { ...a })).toBe(0);
  });

  it('is monotonic under any sequence of local ticks and merges (property)', () => {
    const event = fc.oneof(
      fc.record({ kind: fc.constant('tick' as const), wall: wallArbitrary }),
      fc.record({ kind: fc.constant('merge' as const), wall: wallArbitrary, remote: clockArbitrary }),
    );
    fc.assert(
      fc.property(clockArbitrary, fc.array(event, { maxLength: 40 }), (start, events) => {
        let clock = start;
        for (const e of events) {
          const next = e.kind === 'tick' ? tickLocal(clock, e.wall) : merged(clock, e.remote, e.wall);
          if (compareHlc(next, clock) <= 0) return false;
          if (next.wallMs < e.wall) return false;
          clock = next;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('merges to a clock after both inputs (property)', () => {
    fc.assert(
      fc.property(clockArbitrary, clockArbitrary, wallArbitrary, (local, remote, wall) => {
        const next = merged(local, remote, wall);
        return compareHlc(next, local) > 0 && (next.wallMs > remote.wallMs || (next.wallMs === remote.wallMs && next.counter > remote.counter));
      }),
      { numRuns: 500 },
    );
  });
});

describe('HLC text form', () => {
  it('round-trips and sorts as the clocks do (property)', () => {
    fc.assert(
      fc.property(clockArbitrary, clockArbitrary, (a, b) => {
        expect(parseHlcText(hlcToText(a))).toEqual(a);
        const byText = hlcToText(a) < hlcToText(b) ? -1 : hlcToText(a) > hlcToText(b) ? 1 : 0;
        return Math.sign(compareHlc(a, b)) === byText;
      }),
      { numRuns: 300 },
    );
  });

  it('writes fixed-width fields and refuses other spellings', () => {
    expect(hlcToText({ wallMs: 0x19ac0ffee00, counter: 1, node: 'T3F' })).toBe('019ac0ffee00-0001-T3F');
    expect(parseHlcText('19ac0ffee00-0001-T3F')).toBeUndefined();
    expect(parseHlcText('019AC0FFEE00-0001-T3F')).toBeUndefined();
    expect(parseHlcText('019ac0ffee00-0001-')).toBeUndefined();
  });
});
