// Inside a transaction: the `permits` row of a permit as the entries held now project it (the projection
// record-permit-act.ts writes). A pulled permit is past draft, so every user of the device sees it
// (permit-visibility.ts); it stays its author's, the actor of its first act.
import { rebuildPermits } from '../../core/log/rebuild-permits.ts';
import type { HornbillDb } from '../db/database.ts';
import { permitIndexKeys } from '../db/permit-index-keys.ts';
import { permitRecordSchema } from '../db/permit-record.ts';
import { decodedPermitEntries } from '../log/permit-entries.ts';

/** False when no entry held projects the permit (every one conflicted): the row is left as it is. */
export async function rebuildPermitRow(db: HornbillDb, permitId: string, wallNow: number): Promise<boolean> {
  const projected = rebuildPermits(await decodedPermitEntries(db, permitId)).permits.get(permitId);
  if (projected === undefined) return false;
  const previous = await db.permits.get(permitId);
  const now = new Date(wallNow).toISOString();
  const author = previous?.userId ?? projected.acts[0]?.actor;
  await db.permits.put(permitRecordSchema.parse({
    id: projected.id,
    ...(author === undefined ? {} : { userId: author }),
    status: projected.status,
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
    content: projected.content,
    ...permitIndexKeys(projected.content),
  }));
  return true;
}
