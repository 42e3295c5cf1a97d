// A permit or certificate as Hornbill stores and exchanges it: every box of the Res. Conf. 12.3 standard
// form, plus the applicant, the Art. III import permit reference, a stable id and the lifecycle state.
// The schema checks each box on its own; how boxes fit together (the Convention's rules) is in ../rules.
// The JSON interchange format is documented box by box in docs/permit-format.md.
import { z } from 'zod';
import { purposeCodeSchema } from '../../codes/schemas.ts';
import { calendarDateSchema } from '../calendar-date.ts';
import { PERMIT_STATES } from '../lifecycle.ts';
import { permitNumberSchema } from '../permit-number.ts';
import { applicantSchema } from './applicant.ts';
import { documentSchema } from './document-type.ts';
import { endorsementSchema } from './endorsement.ts';
import { importPermitReferenceSchema } from './import-permit-reference.ts';
import { issuanceSchema } from './issuance.ts';
import { lineItemSchema } from './line-item.ts';
import { managementAuthoritySchema, traderSchema } from './parties.ts';
import { optionalTextSchema, requiredTextSchema } from './text.ts';

export const PERMIT_FORMAT = 'hornbill-permit/1';

export const permitStateSchema = z.enum(PERMIT_STATES);

export const permitSchema = z.object({
  format: z.literal(PERMIT_FORMAT),
  /** Stable across the lifecycle, from the first draft; the permit number only exists once issued. */
  id: z.uuid(),
  status: permitStateSchema,
  /** Box 1: null until the permit is issued. */
  number: permitNumberSchema.nullable(),
  document: documentSchema,
  /** Box 2: set at issue. */
  validUntil: calendarDateSchema.nullable(),
  /** Boxes 3 and 3a. */
  importer: traderSchema,
  /** Box 4. */
  exporter: traderSchema,
  /** Box 5: empty when there are none. */
  specialConditions: optionalTextSchema,
  /** Box 5a. */
  purpose: purposeCodeSchema,
  /** Box 5b: the number of the security stamp affixed at issue. */
  securityStamp: requiredTextSchema.nullable(),
  /** Box 6. */
  managementAuthority: managementAuthoritySchema,
  /** Boxes 7–12b, one per taxon (and per appendix, source and term). */
  lineItems: z.array(lineItemSchema).min(1),
  /** Box 13. */
  issuance: issuanceSchema.nullable(),
  /** Boxes 14–15. */
  endorsement: endorsementSchema.nullable(),
  applicant: applicantSchema,
  importPermitReference: importPermitReferenceSchema.nullable(),
});
export type Permit = z.infer<typeof permitSchema>;
