// The status lists this device holds (filled by sync): the newest row of each Party, verified again as read
// against that Party's verified trust list. A list that does not verify, or of a Party with no trust list
// held, is left out: the verdict then says no status list is held, never trusts unverified bytes.
import { parseBase64 } from '../../core/crypto/base64.ts';
import type { StatusList } from '../../core/trust/status-list.ts';
import type { TrustList } from '../../core/trust/trust-list.ts';
import { verifyStatusList } from '../../core/trust/verify-status-list.ts';
import type { HornbillDb } from '../db/database.ts';
import { statusListRecordSchema, type StatusListRecord } from '../db/status-list-record.ts';

export interface HeldStatusLists {
  readonly lists: readonly StatusList[];
  /** The oldest checkedAt (ms) among the lists used; null when none is. */
  readonly checkedAt: number | null;
}

async function newestRows(db: HornbillDb): Promise<StatusListRecord[]> {
  const newest = new Map<string, StatusListRecord>();
  for (const row of await db.statusLists.toArray()) {
    const parsed = statusListRecordSchema.safeParse(row);
    if (!parsed.success) continue;
    const held = newest.get(parsed.data.party);
    if (held === undefined || held.version < parsed.data.version) newest.set(parsed.data.party, parsed.data);
  }
  return [...newest.values()];
}

export async function heldStatusLists(db: HornbillDb, trustLists: readonly TrustList[]): Promise<HeldStatusLists> {
  const lists: StatusList[] = [];
  let checkedAt: number | null = null;
  for (const row of await newestRows(db)) {
    const trustList = trustLists.find((list) => list.party === row.party);
    const signed = parseBase64(row.signed);
    if (trustList === undefined || signed === undefined) continue;
    const verified = await verifyStatusList(signed, trustList);
    if (!verified.ok) continue;
    lists.push(verified.value);
    checkedAt = checkedAt === null ? row.checkedAt : Math.min(checkedAt, row.checkedAt);
  }
  return { lists, checkedAt };
}
