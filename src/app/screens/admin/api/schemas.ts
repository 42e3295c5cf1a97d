import { z } from 'zod';
import { ROLES } from '../../../../core/permit/transition-roles.ts';

// The shapes of HQ's answers the admin screens read (src/server/http/routes/*). Unknown fields are ignored.

export const roleSchema = z.enum(ROLES);

export const hqUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(roleSchema),
  office: z.string().nullable(),
  mustChangePassword: z.boolean(),
  createdAt: z.string(),
  removedAt: z.string().nullable(),
  removalReason: z.string().nullable(),
});
export type HqUser = z.infer<typeof hqUserSchema>;

export const sessionSchema = z.object({ user: hqUserSchema, expiresAt: z.string() });
export const usersSchema = z.object({ users: z.array(hqUserSchema) });
export const userSchema = z.object({ user: hqUserSchema });
export const addedUserSchema = z.object({ user: hqUserSchema, oneTimePassword: z.string() });
export const removedUserSchema = z.object({ trustListVersion: z.number(), noticeId: z.string() });

export const deviceSchema = z.object({
  id: z.string(),
  code: z.string(),
  user: z.object({ id: z.string(), username: z.string() }),
  label: z.string().nullable(),
  enrolledAt: z.string(),
  lastSeenAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  revocationReason: z.string().nullable(),
});
export type HqDevice = z.infer<typeof deviceSchema>;
export const devicesSchema = z.object({ devices: z.array(deviceSchema) });
export const lostDeviceSchema = z.object({ trustListVersion: z.number(), noticeId: z.string() });

export const trustListSummarySchema = z.object({
  party: z.string(),
  version: z.number(),
  issuedAt: z.string(),
  certificates: z.number(),
  revocations: z.number(),
  rootKeyFingerprint: z.string(),
});
export type TrustListSummary = z.infer<typeof trustListSummarySchema>;
export const foreignTrustListsSchema = z.object({
  trustLists: z.array(z.object({ party: z.string(), version: z.number(), rootKeyFingerprint: z.string(), importedAt: z.string() })),
});
export type ForeignTrustLists = z.infer<typeof foreignTrustListsSchema>;

export const noticeSchema = z.object({
  id: z.string(),
  kind: z.string(),
  createdAt: z.string(),
  subject: z.object({ username: z.string().nullable(), deviceCode: z.string().nullable() }),
  deliveredAt: z.string().nullable(),
  attempts: z.number(),
  lastError: z.string().nullable(),
});
export type OutboxNotice = z.infer<typeof noticeSchema>;
export const noticesSchema = z.object({ notices: z.array(noticeSchema) });
