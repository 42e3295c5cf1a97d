import { describe, expect, it } from 'vitest';
import { PERMIT_STATES, PERMIT_TRANSITIONS, nextState } from '../../../src/core/permit/lifecycle.ts';
import type { PermitState, PermitTransition } from '../../../src/core/permit/lifecycle.ts';

// The whole state machine written out by hand: the row is the state, the column the transition,
// the cell the next state, "-" where the transition is illegal.
const EXPECTED = `
state     | submit    | process   | approve  | issue  | endorse  | cancel    | replace  | reject   | alter
draft     | requested | -         | -        | -      | -        | -         | -        | -        | draft
requested | -         | processed | -        | -      | -        | -         | -        | rejected | requested
processed | -         | -         | approved | -      | -        | -         | -        | rejected | processed
approved  | -         | -         | -        | issued | -        | -         | -        | -        | -
issued    | -         | -         | -        | -      | endorsed | cancelled | replaced | -        | -
endorsed  | -         | -         | -        | -      | -        | -         | -        | -        | -
cancelled | -         | -         | -        | -      | -        | -         | -        | -        | -
replaced  | -         | -         | -        | -      | -        | -         | -        | -        | -
rejected  | -         | -         | -        | -      | -        | -         | -        | -        | -
expired   | -         | -         | -        | -      | -        | -         | -        | -        | -
`;

const [header = [], ...rows] = EXPECTED.trim().split('\n').map((line) => line.split('|').map((cell) => cell.trim()));
const columns = header.slice(1);
const expectedNext = new Map(rows.map(([state = '', ...cells]) => [state, new Map(cells.map((cell, i) => [columns[i], cell]))]));

describe('the lifecycle state machine', () => {
  it('has exactly the states and transitions of the table, in its order', () => {
    expect([...PERMIT_STATES]).toEqual(rows.map((row) => row[0]));
    expect([...PERMIT_TRANSITIONS]).toEqual(columns);
  });

  const pairs = PERMIT_STATES.flatMap((state) => PERMIT_TRANSITIONS.map((transition): [PermitState, PermitTransition] => [state, transition]));
  it('covers the whole cross product', () => {
    expect(pairs).toHaveLength(10 * 9);
  });

  it.each(pairs)('%s + %s', (state, transition) => {
    const expected = expectedNext.get(state)?.get(transition);
    const result = nextState(state, transition);
    if (expected === '-') {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('lifecycle.illegal-transition');
        expect(result.error).toMatchObject({ state, transition });
      }
    } else {
      expect(result).toEqual({ ok: true, value: expected });
    }
  });

  it('explains an illegal transition in English, French and Spanish', () => {
    const result = nextState('issued', 'approve');
    expect(result.ok ? undefined : result.error.message).toEqual({
      en: 'The action "approve" is not possible for a permit in the state "issued".',
      fr: 'L’action « approuver » n’est pas possible pour un permis à l’état « délivré ».',
      es: 'La acción «aprobar» no es posible para un permiso en estado «expedido».',
    });
  });
});
