import type { Role } from '../../core/permit/transition-roles.ts';

/** The enrolled device of a field user; admin-only users sign in online and have none. */
export interface DeviceIdentity {
  readonly id: string;
  readonly code: string;
  /** The unwrapped Ed25519 seed: in memory only, never stored unwrapped, never logged. */
  readonly seed: Uint8Array;
}

/** Who is using the app now, as the in-memory session holds them. */
export interface SignedInUser {
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly Role[];
  readonly party: string;
  readonly authorityName: string;
  readonly device: DeviceIdentity | null;
  readonly autoLockMinutes: number;
}

/** Admins do no field acts: they sign in online and their device is not enrolled. */
export function isAdminOnly(roles: readonly Role[]): boolean {
  return roles.every((role) => role === 'admin');
}

/** The default when HQ names no policy: lock after 15 idle minutes. */
export const defaultAutoLockMinutes = 15;
