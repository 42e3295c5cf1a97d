import { z } from 'zod';

/**
 * One verified signed permit status list (DESIGN §4), keyed by Party and version, as pulled from HQ at sync.
 * Only lists that passed verifyStatusList are written; `signed` keeps the bytes so they can be verified again.
 */
export const statusListRecordSchema = z.object({
  party: z.string().regex(/^[A-Z]{2}$/),
  version: z.number().int().nonnegative(),
  issuedAt: z.number().int().nonnegative(),
  /** The COSE_Sign1 bytes, base64. */
  signed: z.string(),
  /** When HQ last confirmed this is its newest list (ms since the epoch). */
  checkedAt: z.number().int().nonnegative(),
});
export type StatusListRecord = z.infer<typeof statusListRecordSchema>;
