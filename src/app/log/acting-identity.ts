// Who signs a permit act on this device: the signed-in user, in one of their roles, with the device key and
// the kid of the key certificate for that role (ARCHITECTURE: one certificate per role, one device key).
import { parseBase64 } from '../../core/crypto/base64.ts';
import { verifyKeyCertificate } from '../../core/trust/key-certificate.ts';
import type { Role } from '../../core/permit/transition-roles.ts';
import type { AccountRecord } from '../auth/account-record.ts';
import type { SignedInUser } from '../auth/signed-in-user.ts';

export interface ActingIdentity {
  readonly userId: string;
  readonly role: Role;
  readonly deviceId: string;
  /** The device code: the `device` of its key certificates and of every entry it writes. */
  readonly deviceCode: string;
  /** The kid of the user's key certificate for `role` on this device. */
  readonly kid: Uint8Array;
  /** The unwrapped device key seed, from the session: in memory only, never stored or logged. */
  readonly seed: Uint8Array;
}

/**
 * The identity to act as `role`, or undefined when the session has no device key or the account holds no
 * certificate for that role that its root key signed.
 */
export async function actingIdentityFor(user: SignedInUser, account: AccountRecord, role: Role): Promise<ActingIdentity | undefined> {
  const device = user.device;
  const rootPublicKey = parseBase64(account.rootPublicKey);
  if (device === null || rootPublicKey === undefined || !user.roles.includes(role)) return undefined;
  for (const text of account.certificates) {
    const signed = parseBase64(text);
    const certificate = signed === undefined ? undefined : await verifyKeyCertificate(signed, rootPublicKey);
    if (certificate?.ok === true && certificate.value.role === role && certificate.value.device === device.code && certificate.value.user === user.userId) {
      return { userId: user.userId, role, deviceId: device.id, deviceCode: device.code, kid: certificate.value.kid, seed: device.seed };
    }
  }
  return undefined;
}
