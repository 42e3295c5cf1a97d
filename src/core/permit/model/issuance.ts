// Box 13: who issued the document, filled when an approver issues it.
import { z } from 'zod';
import { calendarDateSchema } from '../calendar-date.ts';
import { requiredTextSchema } from './text.ts';

/** Box 13: place, date and the signing official (the audit trail holds the official's key and identity). */
export const issuanceSchema = z.object({
  place: requiredTextSchema,
  date: calendarDateSchema,
  official: requiredTextSchema,
});
export type Issuance = z.infer<typeof issuanceSchema>;
