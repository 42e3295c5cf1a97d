// Art. III(2)/(4): an Appendix-I export or re-export needs the importing Party's import permit first,
// so the export document refers to it.
import { z } from 'zod';
import { partyCodeSchema } from '../../codes/schemas.ts';
import { calendarDateSchema } from '../calendar-date.ts';
import { requiredTextSchema } from './text.ts';

/** Art. III: the importing Party's import permit that an Appendix-I export or re-export requires first. */
export const importPermitReferenceSchema = z.object({
  number: requiredTextSchema,
  issuingParty: partyCodeSchema,
  date: calendarDateSchema.nullable(),
});
export type ImportPermitReference = z.infer<typeof importPermitReferenceSchema>;
