import { z } from 'zod';

/**
 * One verified signed trust list (own Party's or a foreign one), keyed by Party and version. Only lists that
 * passed verifyTrustList are written; `signed` keeps the exact bytes so they can be verified again.
 */
export const trustListRecordSchema = z.object({
  party: z.string().regex(/^[A-Z]{2}$/),
  version: z.number().int().positive(),
  issuedAt: z.number().int().nonnegative(),
  /** The COSE_Sign1 bytes, base64. */
  signed: z.string(),
  /** HQ's ETag for these bytes, sent back as If-None-Match. */
  etag: z.string().nullable(),
  /** When HQ last confirmed this is its newest list (a 304 or the download itself). */
  checkedAt: z.iso.datetime(),
});
export type TrustListRecord = z.infer<typeof trustListRecordSchema>;
