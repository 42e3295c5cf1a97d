import { z } from 'zod';

// The shapes of HQ's quota share routes (src/server/http/routes/hq-quota.ts) and of the devices they name
// (GET /api/v1/hq/devices). Unknown fields are ignored.

export const hqQuotaShareSchema = z.object({
  id: z.string(),
  device: z.string(),
  taxonId: z.number(),
  scientificName: z.string().nullable(),
  year: z.number(),
  amount: z.number(),
  unit: z.string().nullable(),
  setAt: z.string(),
  setBy: z.object({ id: z.string(), displayName: z.string().nullable() }),
});
export type HqQuotaShare = z.infer<typeof hqQuotaShareSchema>;
export const hqQuotaSharesSchema = z.object({ shares: z.array(hqQuotaShareSchema) });
export const setQuotaShareSchema = z.object({ share: hqQuotaShareSchema });
export const removedQuotaShareSchema = z.object({});

export const quotaDeviceSchema = z.object({
  code: z.string(),
  label: z.string().nullable(),
  user: z.object({ displayName: z.string() }),
  revokedAt: z.string().nullable(),
});
export type QuotaDevice = z.infer<typeof quotaDeviceSchema>;
export const quotaDevicesSchema = z.object({ devices: z.array(quotaDeviceSchema) });

/** What the form sends: PUT /api/v1/hq/quota-shares. */
export interface QuotaShareRequest {
  readonly device: string;
  readonly taxonId: number;
  readonly year: number;
  readonly amount: number;
  readonly unit: string | null;
}
