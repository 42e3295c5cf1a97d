import { toHex } from '../../core/crypto/bytes.ts';
import { rootKeyFingerprint } from '../../core/trust/fingerprint.ts';
import type { TrustList } from '../../core/trust/trust-list.ts';

const iso = (millis: number): string => new Date(millis).toISOString();

/** A verified trust list for people: hex keys and kids, ISO times, and the root key fingerprint. */
export function trustListAsJson(list: TrustList) {
  return {
    party: list.party,
    version: list.version,
    issuedAt: iso(list.issuedAt),
    rootPublicKey: toHex(list.rootPublicKey),
    rootKeyFingerprint: rootKeyFingerprint(list.rootPublicKey),
    certificates: list.certificates.map((certificate) => ({
      kid: toHex(certificate.kid),
      role: certificate.role,
      user: certificate.user,
      device: certificate.device,
      publicKey: toHex(certificate.publicKey),
      notBefore: iso(certificate.notBefore),
      notAfter: iso(certificate.notAfter),
    })),
    revocations: list.revocations.map((revocation) => ({ kid: toHex(revocation.kid), revokedAt: iso(revocation.revokedAt), reason: revocation.reason })),
  };
}
