import { z } from 'zod';
import { AUDIT_ACTIONS } from '../../../../core/log/audit-action.ts';
import { PERMIT_STATES } from '../../../../core/permit/lifecycle.ts';
import { roleSchema } from '../api/schemas.ts';

// The shapes of HQ's views of the synced log (src/server/http/routes/hq-log.ts). Unknown fields are ignored.

export const hqPermitSummarySchema = z.object({
  id: z.string(),
  number: z.string().nullable(),
  status: z.enum(PERMIT_STATES),
  documentType: z.string().nullable(),
  originDevice: z.string(),
  updatedAt: z.string(),
  entryCount: z.number(),
});
export type HqPermitSummary = z.infer<typeof hqPermitSummarySchema>;
export const hqPermitsSchema = z.object({ permits: z.array(hqPermitSummarySchema), nextOffset: z.number().nullable() });

export const trailEntrySchema = z.object({
  id: z.string(),
  leafIndex: z.number(),
  device: z.string(),
  seq: z.number(),
  actor: z.string(),
  actorName: z.string().nullable(),
  role: roleSchema,
  action: z.enum(AUDIT_ACTIONS),
  wallTime: z.string(),
  receivedAt: z.string(),
  bodyFields: z.array(z.string()),
});
export type TrailEntry = z.infer<typeof trailEntrySchema>;
export const hqPermitDetailSchema = z.object({ permit: hqPermitSummarySchema.extend({ trail: z.array(trailEntrySchema) }) });

export const hqDeviceSyncSchema = z.object({
  id: z.string(),
  lastSyncAt: z.string().nullable(),
  pending: z.number().nullable(),
  clockSkewMs: z.number().nullable(),
});
export type HqDeviceSync = z.infer<typeof hqDeviceSyncSchema>;
export const hqDevicesSchema = z.object({ devices: z.array(hqDeviceSyncSchema) });

export const ALERT_KINDS = ['double-endorsement', 'act-after-cancellation', 'act-refused', 'cloned-device', 'clock-skew', 'revoked-key-signing'] as const;
export const hqAlertSchema = z.object({
  id: z.string(),
  kind: z.enum(ALERT_KINDS),
  subject: z.string(),
  permit: z.object({ id: z.string(), number: z.string().nullable() }).nullable(),
  device: z.string().nullable(),
  detail: z.string(),
  raisedAt: z.string(),
  acknowledged: z.object({ at: z.string(), by: z.object({ id: z.string(), displayName: z.string().nullable() }) }).nullable(),
});
export type HqAlert = z.infer<typeof hqAlertSchema>;
export const hqAlertsSchema = z.object({ alerts: z.array(hqAlertSchema), nextOffset: z.number().nullable() });
export const acknowledgedSchema = z.object({});

export const hqCheckpointSchema = z.object({
  checkpoint: z.object({ treeSize: z.number(), rootHash: z.string(), signedAt: z.string(), note: z.string() }).nullable(),
  log: z.object({ origin: z.string(), verifierKey: z.string() }).nullable(),
});
