// Fires one lifecycle transition on a permit from this device: signs the entry as the next of the device's
// chain and, in ONE transaction, appends it, moves the chain head and writes the permit's projection into
// `permits` (append-entry.ts: signing outside the transaction, retry if the head moved, StorageFullError on a
// full disk). A refused act (lifecycle, role, four eyes, body, a permit not held here) writes nothing and
// returns the refusal.
import type { CborRecord } from '../../core/log/cbor-data.ts';
import type { DeviceChainTip } from '../../core/log/device-chain.ts';
import { ACTION_OF_TRANSITION } from '../../core/log/permit-action-transition.ts';
import type { PermitAction } from '../../core/log/permit-act-bodies.ts';
import { applyEntry, DEFAULT_PROJECTION_OPTIONS, type ProjectionOptions } from '../../core/log/permit-projection.ts';
import type { ProjectedPermit } from '../../core/log/projected-permit.ts';
import type { ProjectionRefusal } from '../../core/log/projection-refusal.ts';
import { rebuildPermits } from '../../core/log/rebuild-permits.ts';
import type { PermitTransition } from '../../core/permit/lifecycle.ts';
import { success, type Result } from '../../core/permit/result.ts';
import type { HornbillDb } from '../db/database.ts';
import { permitIndexKeys } from '../db/permit-index-keys.ts';
import { permitRecordSchema, type PermitRecord } from '../db/permit-record.ts';
import type { ActingIdentity } from './acting-identity.ts';
import { appendEntry, signNextEntry, type SignedNextEntry } from './append-entry.ts';
import type { EntryRecord } from './entry-record.ts';
import { decodedPermitEntries } from './permit-entries.ts';

/** A lifecycle transition, or `print`: a print-out is recorded as a `printed` entry but moves no state. */
export type PermitAct = PermitTransition | 'print';

function actionOf(act: PermitAct): PermitAction {
  return act === 'print' ? 'printed' : ACTION_OF_TRANSITION[act];
}

export interface RecordedAct {
  readonly entry: EntryRecord;
  readonly permit: PermitRecord;
}

interface PreparedAct {
  readonly signed: SignedNextEntry;
  readonly projected: ProjectedPermit;
}

export async function recordPermitAct(
  db: HornbillDb,
  identity: ActingIdentity,
  permitId: string,
  transition: PermitAct,
  body: CborRecord,
  wallNow: number,
  options: ProjectionOptions = DEFAULT_PROJECTION_OPTIONS,
): Promise<Result<RecordedAct, ProjectionRefusal>> {
  const prepare = async (tip: DeviceChainTip): Promise<Result<PreparedAct, ProjectionRefusal>> => {
    const signed = await signNextEntry(identity, tip, { action: actionOf(transition), permit: permitId, body }, wallNow);
    const before = rebuildPermits(await decodedPermitEntries(db, permitId), options).permits.get(permitId);
    const projected = applyEntry(before, signed.entry, options);
    if (!projected.ok) return projected;
    return success({ signed, projected: projected.value });
  };
  return appendEntry(db, identity, prepare, { tables: [db.permits], write: (act) => writeProjection(db, identity, act, wallNow) });
}

/** Inside the transaction: the permit row as the log now projects it. */
async function writeProjection(db: HornbillDb, identity: ActingIdentity, act: PreparedAct, wallNow: number): Promise<RecordedAct> {
  const previous = await db.permits.get(act.projected.id);
  const now = new Date(wallNow).toISOString();
  const permit = permitRecordSchema.parse({
    id: act.projected.id,
    // The application stays its author's; an approver acting on it does not take it over.
    userId: previous?.userId ?? identity.userId,
    status: act.projected.status,
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
    content: act.projected.content,
    ...permitIndexKeys(act.projected.content),
  });
  await db.permits.put(permit);
  return { entry: act.signed.record, permit };
}
