import { z } from 'zod';
import { ROLES } from '../../core/permit/transition-roles.ts';
import { wrappedDeviceKeySchema } from './device-key-wrap.ts';

/** Failed offline sign-ins since the last success, for the back-off (offline-backoff.ts). */
export const failedAttemptsSchema = z.object({
  count: z.number().int().nonnegative(),
  /** ms since the epoch of the latest failure; 0 when there is none. */
  lastAt: z.number().int().nonnegative(),
});
export type FailedAttempts = z.infer<typeof failedAttemptsSchema>;

/**
 * One user enrolled on this device (one row per user). The device key is stored only wrapped under the
 * user's password; the certificates and root key are the ones verified at enrolment.
 */
export const accountRecordSchema = z.object({
  userId: z.string().min(1),
  /** Lower-cased, as HQ compares it. */
  username: z.string().min(1),
  displayName: z.string(),
  roles: z.array(z.enum(ROLES)).min(1),
  party: z.string().regex(/^[A-Z]{2}$/),
  authorityName: z.string(),
  deviceId: z.string().min(1),
  deviceCode: z.string().min(1),
  wrappedKey: wrappedDeviceKeySchema,
  /** The key certificates (COSE_Sign1, base64), one per role. */
  certificates: z.array(z.string()),
  /** The authority root public key (base64), confirmed by its fingerprint at enrolment. */
  rootPublicKey: z.string(),
  autoLockMinutes: z.number().int().positive(),
  failedAttempts: failedAttemptsSchema,
  enrolledAt: z.iso.datetime(),
  /** When HQ removed the user (ms), learnt at sync: the account can no longer sign in on this device. */
  removedAt: z.number().int().nonnegative().optional(),
});
export type AccountRecord = z.infer<typeof accountRecordSchema>;

/** What the wrapped key is bound to: copied to another user's or device's record, it does not open. */
export function keyOwner(account: Pick<AccountRecord, 'userId' | 'deviceId'>): string {
  return `user:${account.userId}|device:${account.deviceId}`;
}

export const noFailedAttempts: FailedAttempts = { count: 0, lastAt: 0 };
