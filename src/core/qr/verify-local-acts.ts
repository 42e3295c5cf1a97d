// The device's own log as part of the verdict: an endorsement, cancellation or replacement this device holds
// for the QR's permit makes it invalid at once, before any status list from HQ could say so.
import type { PermitClaims } from './permit-claims.ts';
import {
  locallyCancelledMessage,
  locallyEndorsedMessage,
  locallyReplacedMessage,
  verificationError,
  type LocalActor,
  type VerificationReason,
} from './verify-reason.ts';

/** An act on a permit read from this device's log, as data (the app reads the entries). */
export type LocalPermitAct = LocalActor & {
  readonly permitId: string;
  /** The entry's wall time, ms since the epoch. */
  readonly at: number;
} & ({ readonly action: 'endorsed'; readonly port: string } | { readonly action: 'cancelled' | 'replaced' });

const ACTION_ORDER: readonly LocalPermitAct['action'][] = ['endorsed', 'cancelled', 'replaced'];

function reasonOf(act: LocalPermitAct): VerificationReason {
  switch (act.action) {
    case 'endorsed':
      return verificationError('status.endorsed', locallyEndorsedMessage(act.at, act.port, act));
    case 'cancelled':
      return verificationError('status.cancelled', locallyCancelledMessage(act.at, act));
    case 'replaced':
      return verificationError('status.replaced', locallyReplacedMessage(act.at, act));
  }
}

/** One error per kind of act held for the claims' permit (the earliest of each: when it was first used up); none when there is none. */
export function judgeLocalActs(claims: PermitClaims, acts: readonly LocalPermitAct[]): VerificationReason[] {
  const ours = acts.filter((act) => act.permitId === claims.permitId);
  return ACTION_ORDER.flatMap((action) => {
    const first = ours.filter((act) => act.action === action).sort((a, b) => a.at - b.at)[0];
    return first === undefined ? [] : [reasonOf(first)];
  });
}
