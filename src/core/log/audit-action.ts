// What an audit entry records (DESIGN §5). Acts on a permit name the permit; the others (sessions, sync,
// user and key administration) must not, so that a permit's history is exactly the entries that name it.

export const PERMIT_ACTIONS = [
  'drafted', 'requested', 'processed', 'approved', 'issued', 'altered', 'cancelled', 'replaced', 'rejected', 'printed', 'endorsed',
] as const;

export const DEVICE_ACTIONS = [
  'synced', 'login', 'logout', 'user-added', 'user-removed', 'key-certified', 'key-revoked',
] as const;

export const AUDIT_ACTIONS = [...PERMIT_ACTIONS, ...DEVICE_ACTIONS] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

const permitActions: ReadonlySet<string> = new Set(PERMIT_ACTIONS);

export function isPermitAction(action: AuditAction): boolean {
  return permitActions.has(action);
}
