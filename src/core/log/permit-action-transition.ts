// Which lifecycle transition (docs/lifecycle.md) each permit action fires. `drafted` creates a permit in
// the draft state and `printed` records a print-out: neither moves the state, so neither is a transition.
import type { PermitTransition } from '../permit/lifecycle.ts';
import type { PermitAction } from './permit-act-bodies.ts';

export const TRANSITION_OF_ACTION: Readonly<Record<PermitAction, PermitTransition | null>> = {
  drafted: null,
  requested: 'submit',
  processed: 'process',
  approved: 'approve',
  issued: 'issue',
  altered: 'alter',
  cancelled: 'cancel',
  replaced: 'replace',
  rejected: 'reject',
  printed: null,
  endorsed: 'endorse',
};

/** The action whose entry records `transition`: the inverse of TRANSITION_OF_ACTION. */
export const ACTION_OF_TRANSITION: Readonly<Record<PermitTransition, PermitAction>> = {
  submit: 'requested',
  process: 'processed',
  approve: 'approved',
  issue: 'issued',
  alter: 'altered',
  cancel: 'cancelled',
  replace: 'replaced',
  reject: 'rejected',
  endorse: 'endorsed',
};
