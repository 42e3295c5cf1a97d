// Separation of duties, "four eyes" (DESIGN §1): a per-authority setting, on by default.
// Whoever prepared an application — submitted, altered or processed it — may neither approve nor issue it,
// so that at least one other official has checked it before it becomes a permit. Issue is covered too,
// else a preparer holding the approver role could sign box 13 after a colleague's approval.
// The approver may issue what they approved: box 13 is signed by one official, and approve and issue are
// two steps of that official's act. Other transitions (reject, cancel, replace, endorse) are not restricted.
import type { LocalizedError } from './localized-error.ts';
import type { PermitTransition } from './lifecycle.ts';
import { TRANSITION_NAMES } from './lifecycle-names.ts';
import { failure, success } from './result.ts';
import type { Result } from './result.ts';

/** One fired transition on a permit, as its audit entry records it. */
export interface PermitAct {
  readonly transition: PermitTransition;
  /** The enrolled user who fired it. */
  readonly actor: string;
}

export interface FourEyesQuestion {
  readonly transition: PermitTransition;
  readonly actor: string;
  /** Every act already fired on this permit, in any order. */
  readonly history: readonly PermitAct[];
  /** The authority's setting. */
  readonly fourEyesRequired: boolean;
}

export interface FourEyesError extends LocalizedError<'four-eyes.preparer-may-not-decide'> {
  readonly transition: PermitTransition;
  /** The preparing act of the same actor that forbids the transition. */
  readonly priorTransition: PermitTransition;
}

const PREPARING: ReadonlySet<PermitTransition> = new Set(['submit', 'alter', 'process']);
const DECIDING: ReadonlySet<PermitTransition> = new Set(['approve', 'issue']);

function preparerMayNotDecide(transition: PermitTransition, priorTransition: PermitTransition): FourEyesError {
  const t = TRANSITION_NAMES[transition];
  const p = TRANSITION_NAMES[priorTransition];
  return {
    code: 'four-eyes.preparer-may-not-decide',
    transition,
    priorTransition,
    message: {
      en: `Separation of duties: you performed the action "${p.en}" on this permit, so another official must perform the action "${t.en}".`,
      fr: `Séparation des tâches : vous avez effectué l’action « ${p.fr} » sur ce permis ; l’action « ${t.fr} » doit donc être effectuée par un autre agent.`,
      es: `Separación de funciones: usted realizó la acción «${p.es}» en este permiso; por tanto, la acción «${t.es}» debe realizarla otro funcionario.`,
    },
  };
}

export function checkFourEyes(question: FourEyesQuestion): Result<undefined, FourEyesError> {
  const { transition, actor, history, fourEyesRequired } = question;
  if (!fourEyesRequired || !DECIDING.has(transition)) return success(undefined);
  const preparedBySameActor = history.find((act) => act.actor === actor && PREPARING.has(act.transition));
  return preparedBySameActor === undefined ? success(undefined) : failure(preparerMayNotDecide(transition, preparedBySameActor.transition));
}
