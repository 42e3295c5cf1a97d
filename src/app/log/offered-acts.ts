// Which lifecycle acts the permit screen offers the signed-in user: those one of their roles may fire
// (transition-roles.ts) from the permit's state (lifecycle.ts) without breaking four eyes. Only acts whose
// body a confirmation can make are listed by offeredActs; issue, replace and alter have forms of their own
// and are asked for one by one with offeredAct (endorse is the inspector's, from the scanner).
import { checkFourEyes, type PermitAct } from '../../core/permit/four-eyes.ts';
import { nextState, type PermitState, type PermitTransition } from '../../core/permit/lifecycle.ts';
import { mayFire, type Role } from '../../core/permit/transition-roles.ts';

export const SCREEN_TRANSITIONS = ['submit', 'process', 'approve', 'reject', 'cancel'] as const satisfies readonly PermitTransition[];
export type ScreenTransition = (typeof SCREEN_TRANSITIONS)[number];

/** Acts that need the user to say why. */
export const REASONED_TRANSITIONS: ReadonlySet<ScreenTransition> = new Set(['reject', 'cancel']);

/** The authority's four-eyes setting until HQ sends it with the enrolment: on, the safe default. */
export const DEFAULT_FOUR_EYES_REQUIRED = true;

export interface OfferedAct<T extends PermitTransition = ScreenTransition> {
  readonly transition: T;
  /** The role the act is signed under (each role has its own key certificate). */
  readonly role: Role;
}

export function offeredActs(
  state: PermitState,
  roles: readonly Role[],
  userId: string,
  history: readonly PermitAct[],
  fourEyesRequired: boolean,
): OfferedAct[] {
  return SCREEN_TRANSITIONS.flatMap((transition) => offeredAct(transition, state, roles, userId, history, fourEyesRequired) ?? []);
}

/** The act, if the user may fire it on the permit now. */
export function offeredAct<T extends PermitTransition>(
  transition: T,
  state: PermitState,
  roles: readonly Role[],
  userId: string,
  history: readonly PermitAct[],
  fourEyesRequired: boolean,
): OfferedAct<T> | undefined {
  if (!nextState(state, transition).ok) return undefined;
  if (!checkFourEyes({ transition, actor: userId, history, fourEyesRequired }).ok) return undefined;
  const role = roles.find((candidate) => mayFire(candidate, transition));
  return role === undefined ? undefined : { transition, role };
}
