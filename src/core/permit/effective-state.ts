// `expired` is derived, never fired (DESIGN §3): an issued permit whose valid-until date (box 2) is before
// today is expired. The permit is valid through the whole of its valid-until day. Only `issued` expires:
// an endorsed permit has been used, and the other states are not valid permits to begin with.
import type { CalendarDate } from './calendar-date.ts';
import type { PermitState, StoredPermitState } from './lifecycle.ts';

/**
 * today comes from the caller's injected clock, as the date in the issuing authority's time zone;
 * ISO dates (YYYY-MM-DD) compare correctly as strings.
 */
export function effectiveState(state: StoredPermitState, validUntil: CalendarDate, today: CalendarDate): PermitState {
  return state === 'issued' && validUntil < today ? 'expired' : state;
}
