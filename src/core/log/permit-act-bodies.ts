// What the `body` of each permit action carries (DESIGN §5: "body is what changed"), as zod schemas: the
// projection (permit-projection.ts) refuses an entry whose body breaks its action's schema. Every body is a
// text-keyed map of CBOR data; the layouts are documented in docs/log-format.md §6.
import { z } from 'zod';
import { calendarDateSchema } from '../permit/calendar-date.ts';
import { endorsementSchema } from '../permit/model/endorsement.ts';
import { issuanceSchema } from '../permit/model/issuance.ts';
import { permitDraftSchema } from '../permit/model/permit-draft.ts';
import { requiredTextSchema } from '../permit/model/text.ts';
import { permitNumberSchema } from '../permit/permit-number.ts';
import { isPermitAction, type AuditAction, type PERMIT_ACTIONS } from './audit-action.ts';

export type PermitAction = (typeof PERMIT_ACTIONS)[number];

export function isPermitActionName(action: AuditAction): action is PermitAction {
  return isPermitAction(action);
}

/**
 * The boxes the applicant and the officer control. The lifecycle boxes (status, number, validity, stamp,
 * issuance, endorsement) are left out: only the acts that set them (issued, endorsed) may write them.
 */
export const applicationContentSchema = permitDraftSchema.omit({
  status: true, number: true, validUntil: true, securityStamp: true, issuance: true, endorsement: true,
});
export type ApplicationContent = z.infer<typeof applicationContentSchema>;

/** An alteration's boxes: each top-level box present replaces that box whole (null included); the others stay. */
export const alteredBoxesSchema = applicationContentSchema.omit({ format: true, id: true }).strict()
  .refine((boxes) => Object.keys(boxes).length > 0, 'an alteration changes at least one box');

const note = z.string().max(2000);
const reason = z.string().trim().min(1).max(2000);

export const PERMIT_ACT_BODY_SCHEMAS = {
  drafted: z.strictObject({ content: applicationContentSchema }),
  requested: z.strictObject({ content: applicationContentSchema }),
  altered: z.strictObject({ boxes: alteredBoxesSchema }),
  processed: z.strictObject({ note: note.optional() }),
  approved: z.strictObject({ note: note.optional() }),
  rejected: z.strictObject({ reason }),
  issued: z.strictObject({
    number: permitNumberSchema,
    validUntil: calendarDateSchema,
    securityStamp: requiredTextSchema.nullable(),
    issuance: issuanceSchema,
  }),
  endorsed: z.strictObject({ endorsement: endorsementSchema }),
  cancelled: z.strictObject({ reason }),
  replaced: z.strictObject({ reason, replacedBy: z.uuid() }),
  printed: z.strictObject({ copies: z.number().int().positive().max(100) }),
} as const satisfies Record<PermitAction, z.ZodType>;

export type PermitActBody<A extends PermitAction> = z.infer<(typeof PERMIT_ACT_BODY_SCHEMAS)[A]>;
