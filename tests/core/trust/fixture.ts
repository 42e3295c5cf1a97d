import { ed25519PublicKey } from '../../../src/core/crypto/ed25519.ts';
import { signKeyCertificate, type KeyCertificate } from '../../../src/core/trust/key-certificate.ts';
import type { CertificateBody } from '../../../src/core/trust/schemas.ts';

export const rootSeed = new Uint8Array(32).fill(7);
export const otherRootSeed = new Uint8Array(32).fill(9);
export const deviceSeed = new Uint8Array(32).fill(3);

export const t0 = Date.UTC(2026, 0, 1);
export const day = 86_400_000;

export async function certificateBody(overrides: Partial<CertificateBody> = {}): Promise<CertificateBody> {
  return {
    party: 'KE',
    role: 'approver',
    user: 'user-1',
    device: 'T3F',
    publicKey: await ed25519PublicKey(deviceSeed),
    notBefore: t0,
    notAfter: t0 + 365 * day,
    ...overrides,
  };
}

export async function certificate(overrides: Partial<CertificateBody> = {}, seed = rootSeed): Promise<KeyCertificate> {
  return signKeyCertificate(seed, await certificateBody(overrides));
}
