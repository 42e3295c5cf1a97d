// Whether an entry's certified role may record its action at all (docs/sync-protocol.md §Push step 6): the
// role × transition table for permit acts, officers and approvers for print-outs, any role for the rest.
// Whether the act fits the permit's state is not checked here: two devices may act legally offline, and
// the projection's conflicts become alerts instead.
import type { AuditAction } from '../../core/log/audit-action.ts';
import { isPermitActionName } from '../../core/log/permit-act-bodies.ts';
import { TRANSITION_OF_ACTION } from '../../core/log/permit-action-transition.ts';
import { mayFire, type Role } from '../../core/permit/transition-roles.ts';

const PRINTING_ROLES: readonly Role[] = ['officer', 'approver'];

export function mayRecord(role: Role, action: AuditAction): boolean {
  if (!isPermitActionName(action)) return true;
  if (action === 'printed') return PRINTING_ROLES.includes(role);
  // Drafting opens an application, as submitting does (permit-projection.ts create).
  return mayFire(role, TRANSITION_OF_ACTION[action] ?? 'submit');
}
