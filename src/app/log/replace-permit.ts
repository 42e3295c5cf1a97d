// Replace (DESIGN §3): an issued permit that needs correcting is closed by one signed `replaced` entry, and
// a new draft copied from it (new id; no number, validity, stamp or issue boxes) goes through the lifecycle.
//
// The draft and its link are written first, in one transaction, then the entry is recorded: a refused or
// failed act removes them again. A crash between the two leaves a linked draft beside a permit still
// issued, which is visible and harmless; the other order could leave a permit replaced by nothing.
import { applicationContentSchema } from '../../core/log/permit-act-bodies.ts';
import type { ProjectionRefusal } from '../../core/log/projection-refusal.ts';
import type { Result } from '../../core/permit/result.ts';
import type { HornbillDb } from '../db/database.ts';
import type { PermitRecord } from '../db/permit-record.ts';
import { saveDraft } from '../db/permits.ts';
import type { ActingIdentity } from './acting-identity.ts';
import type { ProjectionOptions } from '../../core/log/permit-projection.ts';
import { recordPermitAct, type RecordedAct } from './record-permit-act.ts';

/** One row per replacement draft made on this device: the permit it replaces, and that permit's number. */
export interface ReplacementRecord {
  readonly replacement: string;
  readonly replaced: string;
  readonly replacedNumber: string | null;
}

export interface ReplacementRequest {
  readonly replaced: PermitRecord;
  readonly replacementId: string;
  readonly reason: string;
  readonly wallNow: number;
}

export async function replacePermit(
  db: HornbillDb,
  identity: ActingIdentity,
  request: ReplacementRequest,
  options: ProjectionOptions,
): Promise<Result<RecordedAct, ProjectionRefusal>> {
  const { replaced, replacementId, reason, wallNow } = request;
  const content = { ...applicationContentSchema.parse(replaced.content), id: replacementId, status: 'draft' as const };
  await db.transaction('rw', [db.permits, db.replacements], async () => {
    await saveDraft(db, content, new Date(wallNow), replaced.userId ?? identity.userId);
    await db.replacements.put({ replacement: replacementId, replaced: replaced.id, replacedNumber: replaced.content.number ?? null });
  });
  try {
    const recorded = await recordPermitAct(db, identity, replaced.id, 'replace', { reason, replacedBy: replacementId }, wallNow, options);
    if (!recorded.ok) await forget(db, replacementId);
    return recorded;
  } catch (error) {
    await forget(db, replacementId);
    throw error;
  }
}

async function forget(db: HornbillDb, replacementId: string): Promise<void> {
  await db.transaction('rw', [db.permits, db.replacements], async () => {
    await db.permits.delete(replacementId);
    await db.replacements.delete(replacementId);
  });
}
