// The calendar date of a wall-clock time on this device, in the device's own time zone.
import { calendarDateSchema, type CalendarDate } from '../../core/permit/calendar-date.ts';

export function localDateOf(wallMs: number): CalendarDate {
  const at = new Date(wallMs);
  const pad = (value: number) => String(value).padStart(2, '0');
  return calendarDateSchema.parse(`${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`);
}
