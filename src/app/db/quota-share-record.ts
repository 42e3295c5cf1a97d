import { z } from 'zod';
import { pulledQuotaShareSchema } from '../../core/sync/pull.ts';

/**
 * One quota share this device holds (schema v8), keyed by taxon and year, exactly as pulled from HQ: the
 * part of the taxon's annual export quota the device may issue against. What the device has used of it is
 * not stored: it is counted from the permits it issued whenever the rules run (device-quota-shares.ts).
 */
export const quotaShareRecordSchema = pulledQuotaShareSchema;
export type QuotaShareRecord = z.infer<typeof quotaShareRecordSchema>;

/** The single row ('device') naming the version of the set of shares held, which pull sends to HQ. */
export const quotaShareSetRecordSchema = z.object({
  id: z.literal('device'),
  version: z.number().int().nonnegative(),
  /** When the device stored this set (ms, device clock). */
  receivedAt: z.number().int().nonnegative(),
});
export type QuotaShareSetRecord = z.infer<typeof quotaShareSetRecordSchema>;
