import { bytesEqual, toHex } from '../crypto/bytes.ts';
import { ACCEPTED, refuse, type Verdict } from '../log/verdict.ts';
import type { KeyCertificate } from './key-certificate.ts';
import type { TrustList } from './trust-list.ts';

function findCertificate(trustList: TrustList, kid: Uint8Array): KeyCertificate | undefined {
  return trustList.certificates.find((certificate) => bytesEqual(certificate.kid, kid));
}

/**
 * Whether a signature made at `time` (ms since the epoch) by key `kid` is acceptable: the certificate is
 * listed, `notBefore <= time < notAfter`, and the key was not revoked at or before `time`. A signature made
 * before the revocation stays valid (DESIGN §4): revocation ends a key, it does not undo its past.
 */
export function isKeyValidAt(trustList: TrustList, kid: Uint8Array, time: number): Verdict {
  const certificate = findCertificate(trustList, kid);
  if (certificate === undefined) return refuse(`kid ${toHex(kid)} is not in the ${trustList.party} trust list`);
  if (time < certificate.notBefore) return refuse(`kid ${toHex(kid)} is not valid before ${new Date(certificate.notBefore).toISOString()}`);
  if (time >= certificate.notAfter) return refuse(`kid ${toHex(kid)} expired at ${new Date(certificate.notAfter).toISOString()}`);
  const revocation = trustList.revocations.find((candidate) => bytesEqual(candidate.kid, kid));
  if (revocation !== undefined && time >= revocation.revokedAt) {
    return refuse(`kid ${toHex(kid)} was revoked at ${new Date(revocation.revokedAt).toISOString()} (${revocation.reason})`);
  }
  return ACCEPTED;
}
