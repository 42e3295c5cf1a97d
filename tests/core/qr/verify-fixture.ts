// A small world for verdict tests: the Kenyan root key, one approver device key certified in its trust list,
// Tanzania's root and key as a foreign Party, status lists, and a clock a few days after the example's issue.
import { ed25519PublicKey } from '../../../src/core/crypto/ed25519.ts';
import type { Permit } from '../../../src/core/permit/model/permit.ts';
import { encodePermitQr } from '../../../src/core/qr/encode-permit-qr.ts';
import type { PermitQrVerificationContext } from '../../../src/core/qr/verify-permit-qr.ts';
import { signKeyCertificate, type KeyCertificate } from '../../../src/core/trust/key-certificate.ts';
import type { Revocation } from '../../../src/core/trust/schemas.ts';
import { signStatusList, type ListedPermit, type StatusList } from '../../../src/core/trust/status-list.ts';
import { signTrustList, type TrustList } from '../../../src/core/trust/trust-list.ts';
import { verifyStatusList } from '../../../src/core/trust/verify-status-list.ts';
import { verifyTrustList } from '../../../src/core/trust/verify-trust-list.ts';
import { claimsOf } from './qr-fixture.ts';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const KE_ROOT_SEED = new Uint8Array(32).fill(7);
export const TZ_ROOT_SEED = new Uint8Array(32).fill(8);
export const KE_DEVICE_SEED = Uint8Array.from({ length: 32 }, (_, i) => i + 1);
export const TZ_DEVICE_SEED = Uint8Array.from({ length: 32 }, (_, i) => 100 + i);
/** Four days after the example permit's issue date (2026-11-20), well inside its validity. */
export const NOW = Date.UTC(2026, 10, 24, 10);

export async function deviceCertificate(party: string, seed: Uint8Array, rootSeed: Uint8Array, notBefore = Date.UTC(2026, 0, 1)): Promise<KeyCertificate> {
  return signKeyCertificate(rootSeed, {
    party,
    role: 'approver',
    user: `${party.toLowerCase()}-approver`,
    device: 'T3F',
    publicKey: await ed25519PublicKey(seed),
    notBefore,
    notAfter: Date.UTC(2027, 11, 31),
  });
}

export async function trustList(
  party: string,
  rootSeed: Uint8Array,
  certificates: readonly KeyCertificate[],
  revocations: readonly Revocation[] = [],
): Promise<TrustList> {
  const verified = await verifyTrustList(await signTrustList(rootSeed, { party, version: 1, issuedAt: NOW - HOUR, certificates, revocations }));
  if (!verified.ok) throw new Error(verified.reason);
  return verified.value;
}

export async function statusList(party: string, rootSeed: Uint8Array, permits: readonly ListedPermit[], list: TrustList, version = 1): Promise<StatusList> {
  const verified = await verifyStatusList(await signStatusList(rootSeed, { party, version, issuedAt: NOW - HOUR, permits }), list);
  if (!verified.ok) throw new Error(verified.reason);
  return verified.value;
}

export const keCertificate = await deviceCertificate('KE', KE_DEVICE_SEED, KE_ROOT_SEED);
export const keTrustList = await trustList('KE', KE_ROOT_SEED, [keCertificate]);
export const keStatusList = await statusList('KE', KE_ROOT_SEED, [], keTrustList);
export const KE_SIGNER = { seed: KE_DEVICE_SEED, kid: keCertificate.kid };

/** Fresh lists of the own Party, no checkpoint: a genuine permit verifies as plain valid. */
export function context(overrides: Partial<PermitQrVerificationContext> = {}): PermitQrVerificationContext {
  return { trustLists: [keTrustList], statusLists: [keStatusList], now: NOW, listsFetchedAt: NOW - HOUR, ownParty: 'KE', ...overrides };
}

export function signedQr(permit: Permit, signer: { seed: Uint8Array; kid: Uint8Array } = KE_SIGNER): Promise<string> {
  return encodePermitQr(claimsOf(permit), signer);
}
