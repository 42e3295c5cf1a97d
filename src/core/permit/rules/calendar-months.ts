// Calendar arithmetic on YYYY-MM-DD dates for Art. VI validity periods, without reading any clock.
import type { CalendarDate } from '../calendar-date.ts';

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The same day `months` later; a day the target month lacks becomes its last day (31 August + 6 months =
 * 28 or 29 February). Returned as a plain string: ISO dates compare correctly as strings.
 */
export function addMonths(date: CalendarDate, months: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const monthIndex = month - 1 + months;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth).padStart(2, '0')}-${String(targetDay).padStart(2, '0')}`;
}
