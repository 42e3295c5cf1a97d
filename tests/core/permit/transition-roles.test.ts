import { describe, expect, it } from 'vitest';
import { PERMIT_TRANSITIONS } from '../../../src/core/permit/lifecycle.ts';
import type { PermitTransition } from '../../../src/core/permit/lifecycle.ts';
import { ROLES, mayFire } from '../../../src/core/permit/transition-roles.ts';
import type { Role } from '../../../src/core/permit/transition-roles.ts';

// DESIGN §1 by hand: "x" where the role may fire the transition.
const EXPECTED = `
role      | submit | process | approve | issue | endorse | cancel | replace | reject | alter
officer   | x      | x       | -       | -     | -       | -      | -       | -      | x
approver  | -      | -       | x       | x     | -       | x      | x       | x      | -
inspector | -      | -       | -       | -     | x       | -      | -       | -      | -
admin     | -      | -       | -       | -     | -       | -      | -       | -      | -
`;

const [header = [], ...rows] = EXPECTED.trim().split('\n').map((line) => line.split('|').map((cell) => cell.trim()));
const columns = header.slice(1);
const allowed = new Set(rows.flatMap(([role = '', ...cells]) => cells.flatMap((cell, i) => (cell === 'x' ? [`${role} ${columns[i]}`] : []))));

describe('role × transition', () => {
  it('has exactly the roles and transitions of the table', () => {
    expect([...ROLES]).toEqual(rows.map((row) => row[0]));
    expect([...PERMIT_TRANSITIONS]).toEqual(columns);
  });

  const pairs = ROLES.flatMap((role) => PERMIT_TRANSITIONS.map((transition): [Role, PermitTransition] => [role, transition]));
  it('covers the whole cross product', () => {
    expect(pairs).toHaveLength(4 * 9);
  });

  it.each(pairs)('%s may fire %s as the table says', (role, transition) => {
    expect(mayFire(role, transition)).toBe(allowed.has(`${role} ${transition}`));
  });

  it('every transition has someone who may fire it', () => {
    for (const transition of PERMIT_TRANSITIONS) expect(ROLES.some((role) => mayFire(role, transition))).toBe(true);
  });
});
