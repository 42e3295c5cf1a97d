// The status-list part of the verdict: the issuing Party's list, if held, says whether the permit was
// cancelled, replaced or already endorsed (with when, and where for an endorsement).
import { lookUpPermitStatus } from '../trust/status-list-lookup.ts';
import type { StatusList } from '../trust/status-list.ts';
import type { PermitClaims } from './permit-claims.ts';
import {
  cancelledMessage,
  endorsedMessage,
  replacedMessage,
  statusUnavailableMessage,
  verificationError,
  verificationWarning,
  type VerificationReason,
} from './verify-reason.ts';

/** The newest held list of the Party (by version), so an old list imported later cannot hide a cancellation. */
function newestListOf(statusLists: readonly StatusList[], party: string): StatusList | undefined {
  return statusLists.filter((list) => list.party === party).sort((a, b) => b.version - a.version)[0];
}

export function judgePermitStatus(claims: PermitClaims, statusLists: readonly StatusList[]): VerificationReason[] {
  const statusList = newestListOf(statusLists, claims.issuingParty);
  if (statusList === undefined) return [verificationWarning('status.unavailable', statusUnavailableMessage(claims.issuingParty))];
  const entry = lookUpPermitStatus(statusList, claims.number);
  if (entry === undefined) return [];
  switch (entry.status) {
    case 'cancelled':
      return [verificationError('status.cancelled', cancelledMessage(entry.at))];
    case 'replaced':
      return [verificationError('status.replaced', replacedMessage(entry.at))];
    case 'endorsed':
      return [verificationError('status.endorsed', endorsedMessage(entry.at, entry.place))];
  }
}
