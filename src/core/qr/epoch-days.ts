// Claim dates are whole days since 1970-01-01 (UTC): three CBOR bytes for any date from 1970 to 2149, where
// an RFC 3339 full-date under tag 1004 takes thirteen, and any language's date library reads them.
import { calendarDateSchema, type CalendarDate } from '../permit/calendar-date.ts';

const MILLISECONDS_PER_DAY = 86_400_000;
/** 9999-12-31, the last day a four-digit year can write. */
export const LAST_EPOCH_DAY = 2_932_896;

export function epochDayFromCalendarDate(date: CalendarDate): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year ?? NaN, (month ?? NaN) - 1, day ?? NaN) / MILLISECONDS_PER_DAY;
}

/** The caller checks the range (0 to LAST_EPOCH_DAY); the result has the calendar-date format. */
export function calendarDateFromEpochDay(day: number): CalendarDate {
  return calendarDateSchema.parse(new Date(day * MILLISECONDS_PER_DAY).toISOString().slice(0, 10));
}
