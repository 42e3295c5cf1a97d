// Who may fire which transition (DESIGN §1, §3), checked on the device and again at HQ.
// admin fires none: whoever enrols users and devices and manages keys must not also be able to issue,
// or one person could enrol a device and sign permits with it.
import type { PermitTransition } from './lifecycle.ts';

export const ROLES = ['officer', 'approver', 'inspector', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const TRANSITION_ROLES: Readonly<Record<PermitTransition, readonly Role[]>> = {
  submit: ['officer'],
  process: ['officer'],
  alter: ['officer'],
  approve: ['approver'],
  issue: ['approver'],
  cancel: ['approver'],
  replace: ['approver'],
  reject: ['approver'],
  endorse: ['inspector'],
};

export function mayFire(role: Role, transition: PermitTransition): boolean {
  return TRANSITION_ROLES[transition].includes(role);
}
