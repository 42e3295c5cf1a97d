import { describe, expect, it } from 'vitest';
import { calendarDateSchema } from '../../../src/core/permit/calendar-date.ts';
import type { CalendarDate } from '../../../src/core/permit/calendar-date.ts';
import { effectiveState } from '../../../src/core/permit/effective-state.ts';
import { PERMIT_STATES, nextState } from '../../../src/core/permit/lifecycle.ts';
import type { StoredPermitState } from '../../../src/core/permit/lifecycle.ts';

const date = (text: string): CalendarDate => calendarDateSchema.parse(text);

/** A test clock that reads a set date, the way the app's clock gives the authority's local date. */
function clockAt(text: string): () => CalendarDate {
  return () => date(text);
}

describe('expiry, derived from an injected clock', () => {
  it.each([
    ['2026-06-30', '2026-06-29', 'issued'],
    ['2026-06-30', '2026-06-30', 'issued'],
    ['2026-06-30', '2026-07-01', 'expired'],
    ['2026-12-31', '2026-12-31', 'issued'],
    ['2026-12-31', '2027-01-01', 'expired'],
    ['2028-02-29', '2028-02-29', 'issued'],
    ['2028-02-29', '2028-03-01', 'expired'],
    ['2026-09-30', '2026-10-01', 'expired'],
    ['2026-10-01', '2026-09-30', 'issued'],
    ['2026-06-30', '2031-06-30', 'expired'],
  ])('an issued permit valid until %s is, on %s, %s', (validUntil, today, expected) => {
    expect(effectiveState('issued', date(validUntil), clockAt(today)())).toBe(expected);
  });

  const neverExpiring = PERMIT_STATES.filter((s): s is Exclude<StoredPermitState, 'issued'> => s !== 'issued' && s !== 'expired');
  it.each(neverExpiring)('a %s permit does not expire: only issued permits do', (state) => {
    expect(effectiveState(state, date('2026-06-30'), date('2026-07-01'))).toBe(state);
  });

  it('an expired permit can no longer be endorsed, cancelled or replaced', () => {
    const state = effectiveState('issued', date('2026-06-30'), clockAt('2026-07-01')());
    expect(nextState(state, 'endorse').ok).toBe(false);
    expect(nextState(state, 'cancel').ok).toBe(false);
    expect(nextState(state, 'replace').ok).toBe(false);
    expect(nextState(effectiveState('issued', date('2026-06-30'), clockAt('2026-06-30')()), 'endorse')).toEqual({ ok: true, value: 'endorsed' });
  });

  it.each(['2026-02-29', '2026-6-30', '2026-06-31', '2026-06-30T00:00:00Z', '30/06/2026', ''])(
    'calendar dates are ISO YYYY-MM-DD real days: %j is refused',
    (text) => {
      expect(calendarDateSchema.safeParse(text).success).toBe(false);
    },
  );
});
