// One quota share as an admin sets it (PUT /api/v1/hq/quota-shares): zod-checked here, the device and the
// taxon then checked against HQ's devices and checklist (quota-shares.ts).
import { z } from 'zod';
import { quantityUnitSchema } from '../../core/permit/model/line-item.ts';
import { isDeviceCode } from '../../core/permit/device-code.ts';

/** Shares larger than this are typing mistakes: no Party's annual quota comes near. */
export const MAX_QUOTA_SHARE_AMOUNT = 1e12;

export const quotaShareInputSchema = z.strictObject({
  device: z.string().refine(isDeviceCode, 'not a device code'),
  taxonId: z.number().int().positive(),
  year: z.number().int().min(2000).max(2100),
  amount: z.number().nonnegative().max(MAX_QUOTA_SHARE_AMOUNT),
  /** A box 11 unit code; null: number of specimens. */
  unit: quantityUnitSchema.nullable(),
});
export type QuotaShareInput = z.infer<typeof quotaShareInputSchema>;
