import { describe, expect, it } from 'vitest';
import { checkFourEyes } from '../../../src/core/permit/four-eyes.ts';
import type { PermitAct } from '../../../src/core/permit/four-eyes.ts';
import { PERMIT_TRANSITIONS } from '../../../src/core/permit/lifecycle.ts';
import type { PermitTransition } from '../../../src/core/permit/lifecycle.ts';

/** Amina captured and processed the application; Baraka approved it. */
const HISTORY: readonly PermitAct[] = [
  { transition: 'submit', actor: 'amina' },
  { transition: 'alter', actor: 'amina' },
  { transition: 'process', actor: 'amina' },
  { transition: 'approve', actor: 'baraka' },
];

function allowed(transition: PermitTransition, actor: string, history: readonly PermitAct[], fourEyesRequired = true): boolean {
  return checkFourEyes({ transition, actor, history, fourEyesRequired }).ok;
}

describe('four eyes', () => {
  it.each(PERMIT_TRANSITIONS)('switched off, nothing is refused: %s by the preparer', (transition) => {
    expect(allowed(transition, 'amina', HISTORY, false)).toBe(true);
  });

  // On: which transitions a preparer may still fire ("x"), written out for every transition.
  const PREPARER_MAY: Readonly<Record<PermitTransition, boolean>> = {
    submit: true, process: true, approve: false, issue: false, endorse: true, cancel: true, replace: true, reject: true, alter: true,
  };
  it.each(PERMIT_TRANSITIONS)('switched on, the preparer firing %s is refused only for approve and issue', (transition) => {
    expect(allowed(transition, 'amina', HISTORY)).toBe(PREPARER_MAY[transition]);
  });

  it.each<PermitTransition>(['submit', 'alter', 'process'])('whoever did %s may not approve, and the error says so', (prior) => {
    const result = checkFourEyes({ transition: 'approve', actor: 'chege', history: [{ transition: prior, actor: 'chege' }], fourEyesRequired: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'four-eyes.preparer-may-not-decide', transition: 'approve', priorTransition: prior } });
  });

  it('another official may approve and issue', () => {
    expect(allowed('approve', 'baraka', HISTORY.slice(0, 3))).toBe(true);
    expect(allowed('issue', 'dalia', HISTORY)).toBe(true);
  });

  it('the approver may issue what they approved: one official signs box 13', () => {
    expect(allowed('issue', 'baraka', HISTORY)).toBe(true);
  });

  it('an empty history refuses nothing', () => {
    expect(allowed('approve', 'amina', [])).toBe(true);
  });

  it('explains the refusal in English, French and Spanish', () => {
    const result = checkFourEyes({ transition: 'approve', actor: 'amina', history: [{ transition: 'process', actor: 'amina' }], fourEyesRequired: true });
    expect(result.ok ? undefined : result.error.message).toEqual({
      en: 'Separation of duties: you performed the action "process" on this permit, so another official must perform the action "approve".',
      fr: 'Séparation des tâches : vous avez effectué l’action « traiter » sur ce permis ; l’action « approuver » doit donc être effectuée par un autre agent.',
      es: 'Separación de funciones: usted realizó la acción «tramitar» en este permiso; por tanto, la acción «aprobar» debe realizarla otro funcionario.',
    });
  });
});
