// The permit QR verdict of DESIGN §6, offline and pure, with the clock injected: prefix → Base45 → zlib →
// COSE → kid in the trust lists held → signature → key valid on the issue day and not revoked by then →
// permit valid now → not cancelled, replaced or already endorsed per the newest status list; plus the age of
// the lists, the device clock against the newest checkpoint, and a risk score for physical inspection. Acts
// this device's own log holds for the permit (an endorsement here a minute ago) count as at once.
import { toHex } from '../crypto/bytes.ts';
import type { StatusList } from '../trust/status-list.ts';
import type { TrustList } from '../trust/trust-list.ts';
import { decodePermitQr } from './decode-permit-qr.ts';
import { epochDayFromCalendarDate } from './epoch-days.ts';
import type { PermitClaims } from './permit-claims.ts';
import { judgeLocalActs, type LocalPermitAct } from './verify-local-acts.ts';
import { verifyPermitQrSignature } from './verify-permit-qr-signature.ts';
import {
  CLOCK_BEHIND_CHECKPOINT_MESSAGE,
  expiredMessage,
  issuerPartyMessage,
  listsStaleMessage,
  notYetValidMessage,
  SIGNATURE_MESSAGE,
  UNKNOWN_ISSUER_MESSAGE,
  verificationError,
  verificationWarning,
  type VerificationReason,
} from './verify-reason.ts';
import { assessInspectionRisk, type RiskAssessment } from './verify-risk.ts';
import { findSigningKey, judgeKeyForIssueDay, type SigningKey } from './verify-signing-key.ts';
import { judgePermitStatus } from './verify-status.ts';

const DAY = 86_400_000;
/** Lists older than this draw a warning: the EU DCC practice. */
export const MAX_LIST_AGE_MS = 24 * 60 * 60 * 1000;

export interface PermitQrVerificationContext {
  /** Verified trust lists: the own Party's and the foreign ones imported. */
  readonly trustLists: readonly TrustList[];
  /** Verified status lists, one or more per Party; a Party's newest version is used. */
  readonly statusLists?: readonly StatusList[];
  /** The validation clock, ms since the epoch. */
  readonly now: number;
  /** When the trust and status lists were last fetched from HQ (ms). */
  readonly listsFetchedAt: number;
  /** The time of the newest HQ checkpoint the device holds (ms), if any. */
  readonly newestCheckpointTime?: number;
  /** The inspecting Party: a permit of any other Party scores as foreign. */
  readonly ownParty?: string;
  /** Endorsements, cancellations and replacements in this device's own log (only those of the QR's permit count). */
  readonly localActs?: readonly LocalPermitAct[];
}

export type PermitQrVerdictKind = 'valid' | 'warning' | 'invalid';

export interface PermitQrKeyHolder {
  readonly kid: string;
  readonly party: string;
  readonly user: string;
  readonly device: string;
}

export interface PermitQrVerdict {
  readonly verdict: PermitQrVerdictKind;
  readonly reasons: readonly VerificationReason[];
  /** The claims when the QR decodes, even if the verdict is invalid (the inspector sees what it says). */
  readonly claims: PermitClaims | null;
  /** The key's holder when the kid is in a trust list held. */
  readonly signer: PermitQrKeyHolder | null;
  readonly risk: RiskAssessment;
}

function verdictOf(reasons: readonly VerificationReason[]): PermitQrVerdictKind {
  if (reasons.some((reason) => reason.severity === 'error')) return 'invalid';
  return reasons.length > 0 ? 'warning' : 'valid';
}

function signerOf(key: SigningKey): PermitQrKeyHolder {
  const { kid, party, user, device } = key.certificate;
  return { kid: toHex(kid), party, user, device };
}

function deviceReasons(context: PermitQrVerificationContext): VerificationReason[] {
  const reasons: VerificationReason[] = [];
  if (context.now - context.listsFetchedAt > MAX_LIST_AGE_MS) reasons.push(verificationWarning('lists.stale', listsStaleMessage(context.listsFetchedAt)));
  if (context.newestCheckpointTime !== undefined && context.now < context.newestCheckpointTime) {
    reasons.push(verificationWarning('clock.behind-checkpoint', CLOCK_BEHIND_CHECKPOINT_MESSAGE));
  }
  return reasons;
}

function validityReasons(claims: PermitClaims, issueDayStart: number, now: number): VerificationReason[] {
  // Dates are calendar days read in UTC; box 2 is the last day of validity, valid through its end.
  if (now < issueDayStart) return [verificationError('verify.not-yet-valid', notYetValidMessage(claims.issueDate))];
  if (now >= epochDayFromCalendarDate(claims.validUntil) * DAY + DAY) return [verificationError('verify.expired', expiredMessage(claims.validUntil))];
  return [];
}

function finish(
  context: PermitQrVerificationContext,
  reasons: readonly VerificationReason[],
  claims: PermitClaims | null,
  key: SigningKey | undefined,
): PermitQrVerdict {
  const all = [...reasons, ...deviceReasons(context)];
  const risk = assessInspectionRisk({
    claims,
    reasons: all,
    keyNotBefore: key?.certificate.notBefore ?? null,
    issueDayStart: claims === null ? null : epochDayFromCalendarDate(claims.issueDate) * DAY,
    ownParty: context.ownParty,
  });
  return { verdict: verdictOf(all), reasons: all, claims, signer: key === undefined ? null : signerOf(key), risk };
}

export async function verifyPermitQr(text: string, context: PermitQrVerificationContext): Promise<PermitQrVerdict> {
  const decoded = decodePermitQr(text);
  if (!decoded.ok) {
    const { code, message } = decoded.error;
    // decodePermitQr never answers qr.not-issued (that is the encoder's), so this only narrows the type.
    return finish(context, [verificationError(code === 'qr.not-issued' ? 'qr.claims' : code, message)], null, undefined);
  }
  const { claims, kid } = decoded.value;
  const issueDayStart = epochDayFromCalendarDate(claims.issueDate) * DAY;
  const key = findSigningKey(context.trustLists, kid);
  if (key === undefined) {
    // Not forged, unknown: the dates and the status list still say what they can.
    const reasons = [
      verificationError('verify.unknown-issuer', UNKNOWN_ISSUER_MESSAGE),
      ...validityReasons(claims, issueDayStart, context.now),
      ...judgePermitStatus(claims, context.statusLists ?? []),
      ...judgeLocalActs(claims, context.localActs ?? []),
    ];
    return finish(context, reasons, claims, undefined);
  }
  if (!(await verifyPermitQrSignature(decoded.value, key.certificate.publicKey))) {
    // Nothing else a forged QR says is worth showing as a reason.
    return finish(context, [verificationError('verify.signature', SIGNATURE_MESSAGE)], claims, key);
  }
  const reasons: VerificationReason[] = [];
  if (key.certificate.party !== claims.issuingParty) {
    reasons.push(verificationError('verify.issuer-party', issuerPartyMessage(key.certificate.party, claims.issuingParty)));
  }
  reasons.push(...judgeKeyForIssueDay(key, claims.issueDate, issueDayStart, issueDayStart + DAY));
  reasons.push(...validityReasons(claims, issueDayStart, context.now));
  reasons.push(...judgePermitStatus(claims, context.statusLists ?? []));
  reasons.push(...judgeLocalActs(claims, context.localActs ?? []));
  return finish(context, reasons, claims, key);
}
