// The inspection risk score of a verified permit QR: which weights of RISK_FACTORS apply, summed and capped.
import { termUnits } from '../codes/data/term-units.ts';
import type { LocalizedMessage } from '../permit/localized-error.ts';
import type { PermitClaims } from './permit-claims.ts';
import type { VerificationReason } from './verify-reason.ts';
import { MAX_RISK_SCORE, NEW_KEY_DAYS, RISK_FACTORS, type RiskReasonCode } from './verify-risk-weights.ts';

export interface RiskReason {
  readonly code: RiskReasonCode;
  readonly weight: number;
  readonly message: LocalizedMessage;
}

export interface RiskAssessment {
  readonly score: number;
  readonly reasons: readonly RiskReason[];
}

export interface RiskInput {
  readonly claims: PermitClaims | null;
  readonly reasons: readonly VerificationReason[];
  /** The signing key's certificate start (ms), when the key was found. */
  readonly keyNotBefore: number | null;
  /** The issue day's start (ms), when the claims were read. */
  readonly issueDayStart: number | null;
  readonly ownParty: string | undefined;
}

const DAY = 86_400_000;

function hasUnusualTermUnit(claims: PermitClaims): boolean {
  return claims.lineItems.some((item) => {
    const { preferred, alternative } = termUnits[item.term];
    const unit = item.unit ?? 'NAR';
    return !preferred.includes(unit) && !alternative.includes(unit);
  });
}

function applicableFactors(input: RiskInput): RiskReasonCode[] {
  const { claims, reasons } = input;
  const has = (code: VerificationReason['code']) => reasons.some((reason) => reason.code === code);
  if (reasons.some((reason) => reason.severity === 'error') || claims === null) return ['risk.invalid'];
  const items = claims.lineItems;
  const applies: [RiskReasonCode, boolean][] = [
    ['risk.appendix-i', items.some((item) => item.appendix === 'I')],
    ['risk.source-wild', items.some((item) => item.source === 'W')],
    ['risk.source-unknown', items.some((item) => item.source === 'U' || item.source === 'I')],
    ['risk.live-specimens', items.some((item) => item.term === 'LIV')],
    ['risk.unusual-term-unit', hasUnusualTermUnit(claims)],
    [
      'risk.new-key',
      input.keyNotBefore !== null && input.issueDayStart !== null && input.issueDayStart - input.keyNotBefore < NEW_KEY_DAYS * DAY,
    ],
    ['risk.foreign-issuer', input.ownParty !== undefined && claims.issuingParty !== input.ownParty],
    ['risk.lists-stale', has('lists.stale')],
    ['risk.no-status-list', has('status.unavailable')],
    ['risk.clock-behind', has('clock.behind-checkpoint')],
  ];
  return applies.filter(([, applied]) => applied).map(([code]) => code);
}

export function assessInspectionRisk(input: RiskInput): RiskAssessment {
  const reasons = applicableFactors(input).map((code) => ({ code, ...RISK_FACTORS[code] }));
  const score = Math.min(MAX_RISK_SCORE, reasons.reduce((sum, reason) => sum + reason.weight, 0));
  return { score, reasons };
}
