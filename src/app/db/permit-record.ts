import { z } from 'zod';
import { PERMIT_STATES } from '../../core/permit/lifecycle.ts';
import { permitDraftSchema } from '../../core/permit/model/permit-draft.ts';

/**
 * One row of the `permits` table: drafts and permits alike, a draft being a permit whose status is `draft`.
 * `content` is the permit in the interchange format (a draft: `permitDraftSchema`). The other fields are
 * derived from it on every write (permit-index-keys.ts) and exist only for the indexes the list queries.
 */
export const permitRecordSchema = z.object({
  id: z.string().min(1),
  /** The user whose draft or permit this is (v4); absent on drafts written before device identity. */
  userId: z.string().min(1).optional(),
  status: z.enum(PERMIT_STATES),
  /** Box 1; '' while a draft has none, so the index still holds the row. */
  documentType: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  content: permitDraftSchema,
  speciesIds: z.array(z.number()),
  parties: z.array(z.string()),
  searchWords: z.array(z.string()),
});
export type PermitRecord = z.infer<typeof permitRecordSchema>;
