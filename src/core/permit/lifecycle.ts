// The permit lifecycle (DESIGN §3): which transition leads from which state to which. Every fired
// transition is one signed audit entry; who may fire it is in transition-roles.ts.
//
// `alter` is an officer correcting the application before approval: it keeps the state, and the audit
// entry records who changed what. After approval the content is frozen; after issue a correction is a
// `replace` (a new permit number; the old one stays on record as replaced).
// `expired` is never entered by a transition: it is derived from the clock (effective-state.ts), and no
// transition leaves it.
import type { LocalizedError } from './localized-error.ts';
import { STATE_NAMES, TRANSITION_NAMES } from './lifecycle-names.ts';
import { failure, success } from './result.ts';
import type { Result } from './result.ts';

export const PERMIT_STATES = [
  'draft', 'requested', 'processed', 'approved', 'issued', 'endorsed', 'cancelled', 'replaced', 'rejected', 'expired',
] as const;
export type PermitState = (typeof PERMIT_STATES)[number];

/** The states a permit record holds; `expired` is only ever computed. */
export type StoredPermitState = Exclude<PermitState, 'expired'>;

export const PERMIT_TRANSITIONS = [
  'submit', 'process', 'approve', 'issue', 'endorse', 'cancel', 'replace', 'reject', 'alter',
] as const;
export type PermitTransition = (typeof PERMIT_TRANSITIONS)[number];

const NEXT_STATE: Readonly<Record<PermitTransition, Partial<Readonly<Record<PermitState, StoredPermitState>>>>> = {
  submit: { draft: 'requested' },
  process: { requested: 'processed' },
  approve: { processed: 'approved' },
  issue: { approved: 'issued' },
  endorse: { issued: 'endorsed' },
  cancel: { issued: 'cancelled' },
  replace: { issued: 'replaced' },
  reject: { requested: 'rejected', processed: 'rejected' },
  alter: { draft: 'draft', requested: 'requested', processed: 'processed' },
};

export interface IllegalTransitionError extends LocalizedError<'lifecycle.illegal-transition'> {
  readonly state: PermitState;
  readonly transition: PermitTransition;
}

function illegalTransition(state: PermitState, transition: PermitTransition): IllegalTransitionError {
  const s = STATE_NAMES[state];
  const t = TRANSITION_NAMES[transition];
  return {
    code: 'lifecycle.illegal-transition',
    state,
    transition,
    message: {
      en: `The action "${t.en}" is not possible for a permit in the state "${s.en}".`,
      fr: `L’action « ${t.fr} » n’est pas possible pour un permis à l’état « ${s.fr} ».`,
      es: `La acción «${t.es}» no es posible para un permiso en estado «${s.es}».`,
    },
  };
}

/** The state after firing transition in state (pass the effective state, so that an expired permit refuses). */
export function nextState(state: PermitState, transition: PermitTransition): Result<StoredPermitState, IllegalTransitionError> {
  const next = NEXT_STATE[transition][state];
  return next === undefined ? failure(illegalTransition(state, transition)) : success(next);
}
