// Boxes 14–15: the export endorsement by the inspector at the border, and the transport document.
import { z } from 'zod';
import { calendarDateSchema } from '../calendar-date.ts';
import { requiredTextSchema } from './text.ts';

/** Box 14: the inspector's endorsement; actualQuantities[i] is what was exported of line item i, in its unit. */
export const endorsementSchema = z.object({
  actualQuantities: z.array(z.number().nonnegative()).min(1),
  port: requiredTextSchema,
  date: calendarDateSchema,
  inspector: requiredTextSchema,
  /** Box 15: bill of lading or air waybill number, written at export with the endorsement; null if none was shown. */
  billOfLading: requiredTextSchema.nullable(),
});
export type Endorsement = z.infer<typeof endorsementSchema>;
