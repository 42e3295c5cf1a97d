// The signing key of a permit QR: found by kid in the trust lists held (the own Party's and imported foreign
// ones), then judged for the issue day. The claims carry a day, not an instant, so the key must be valid at
// some moment of that day (UTC), and a revocation dated on or before the issue day counts: a signature dated
// the day of a revocation cannot be shown to precede it, and refusing it is the safe side.
import { bytesEqual } from '../crypto/bytes.ts';
import type { KeyCertificate } from '../trust/key-certificate.ts';
import type { TrustList } from '../trust/trust-list.ts';
import {
  keyNotValidAtIssueMessage,
  keyRevokedMessage,
  verificationError,
  type VerificationReason,
} from './verify-reason.ts';

export interface SigningKey {
  readonly certificate: KeyCertificate;
  readonly trustList: TrustList;
}

export function findSigningKey(trustLists: readonly TrustList[], kid: Uint8Array): SigningKey | undefined {
  for (const trustList of trustLists) {
    const certificate = trustList.certificates.find((candidate) => bytesEqual(candidate.kid, kid));
    if (certificate !== undefined) return { certificate, trustList };
  }
  return undefined;
}

/** The reasons the key does not vouch for a permit issued on the day [dayStart, dayEnd); none when it does. */
export function judgeKeyForIssueDay(key: SigningKey, issueDate: string, dayStart: number, dayEnd: number): VerificationReason[] {
  const { certificate, trustList } = key;
  if (dayEnd <= certificate.notBefore || dayStart >= certificate.notAfter) {
    return [verificationError('verify.key-not-valid-at-issue', keyNotValidAtIssueMessage(issueDate, certificate.notBefore, certificate.notAfter))];
  }
  const revocation = trustList.revocations.find((candidate) => bytesEqual(candidate.kid, certificate.kid));
  if (revocation !== undefined && revocation.revokedAt < dayEnd) {
    return [verificationError('verify.key-revoked', keyRevokedMessage(issueDate, revocation.revokedAt))];
  }
  return [];
}
