// Reading the device's log back: a permit's entries, decoded, in log order.
import { decodeEntry } from '../../core/log/entry.ts';
import type { UnsignedEntry } from '../../core/log/entry-schema.ts';
import { sortIntoLogOrder } from '../../core/log/rebuild-permits.ts';
import type { HornbillDb } from '../db/database.ts';

/** The permit's entries on this device, decoded, in log order. An entry that does not decode is left out (verification reports it). */
export async function decodedPermitEntries(db: HornbillDb, permitId: string): Promise<UnsignedEntry[]> {
  const rows = await db.entries.where('permit').equals(permitId).toArray();
  return sortIntoLogOrder(rows.flatMap((row) => {
    const decoded = decodeEntry(Uint8Array.from(row.bytes));
    return decoded.ok ? [decoded.value.entry] : [];
  }));
}
