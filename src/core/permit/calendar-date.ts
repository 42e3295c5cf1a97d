// A calendar date without time or zone, YYYY-MM-DD (ISO 8601), as in box 2 "valid until".
// The brand makes the compiler refuse a string that has not been through the schema.
import { z } from 'zod';

export const calendarDateSchema = z.iso.date().brand<'CalendarDate'>();

export type CalendarDate = z.infer<typeof calendarDateSchema>;
