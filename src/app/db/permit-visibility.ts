import type { PermitRecord } from './permit-record.ts';

/**
 * On a tablet shared by several users, a draft is its author's alone; from submission on, a permit is the
 * authority's record, which every signed-in user of the device may see (and act on as their role allows):
 * the approver on the same tablet must find the officer's application.
 */
export function isVisibleTo(row: Pick<PermitRecord, 'status' | 'userId'>, userId: string): boolean {
  return row.userId === userId || row.status !== 'draft';
}
