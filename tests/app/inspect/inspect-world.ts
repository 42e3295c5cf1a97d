// An inspector's tablet for the verdict and endorsement tests: the Kenyan trust list (listing the approver key
// that signs the example permit's QR) held as sync leaves it, status lists added on demand, an enrolled
// inspector whose display name the device knows, and the clock of tests/core/qr (four days after issue).
import { openHornbillDb, type HornbillDb } from '../../../src/app/db/database.ts';
import { trustListRow } from '../../../src/app/auth/trust-lists.ts';
import type { ActingIdentity } from '../../../src/app/log/acting-identity.ts';
import { toBase64 } from '../../../src/core/crypto/base64.ts';
import { signStatusList, type ListedPermit } from '../../../src/core/trust/status-list.ts';
import { signTrustList } from '../../../src/core/trust/trust-list.ts';
import { HOUR, KE_ROOT_SEED, keCertificate, NOW } from '../../core/qr/verify-fixture.ts';

export { HOUR, NOW };
export const INSPECTOR_NAME = 'Imani Njeri';

export const inspector: ActingIdentity = {
  userId: 'user-imani', role: 'inspector', deviceId: 'device-9', deviceCode: 'P7Q', kid: new Uint8Array(8).fill(9), seed: new Uint8Array(32).fill(9),
};

let counter = 0;

/** A fresh device holding the KE trust list (confirmed by HQ an hour ago) and the inspector's account. */
export async function inspectorDevice(trustCheckedAt = NOW - HOUR): Promise<HornbillDb> {
  const db = openHornbillDb(`hornbill-inspect-world-${++counter}`);
  const content = { party: 'KE', version: 1, issuedAt: NOW - 2 * HOUR, certificates: [keCertificate], revocations: [] };
  const signed = await signTrustList(KE_ROOT_SEED, content);
  await db.trustLists.put(trustListRow(content, signed, null, new Date(trustCheckedAt)));
  await db.accounts.add({
    userId: inspector.userId, username: 'imani', displayName: INSPECTOR_NAME, roles: ['inspector'], party: 'KE', authorityName: 'KWS',
    deviceId: inspector.deviceId, deviceCode: inspector.deviceCode,
    wrappedKey: { v: 1, kdf: 'PBKDF2-SHA256', iterations: 600_000, salt: '', iv: '', ciphertext: '' },
    certificates: [], rootPublicKey: '', autoLockMinutes: 15, failedAttempts: { count: 0, lastAt: 0 }, enrolledAt: new Date(NOW - 30 * 24 * HOUR).toISOString(),
  });
  return db;
}

/** A KE status list as sync would store it, signed by `rootSeed` (the KE root unless a test forges one). */
export async function holdStatusList(db: HornbillDb, permits: readonly ListedPermit[], checkedAt: number, version = 1, rootSeed = KE_ROOT_SEED): Promise<void> {
  const issuedAt = checkedAt - HOUR;
  const signed = await signStatusList(rootSeed, { party: 'KE', version, issuedAt, permits });
  await db.statusLists.put({ party: 'KE', version, issuedAt, signed: toBase64(signed), checkedAt });
}
