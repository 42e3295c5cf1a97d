// This device's own entries as sync sees them: pending (no receipt from HQ yet) and, of those, the ones to
// push (not refused by HQ before: a refused entry is shown, never pushed again in a loop), with those of the
// tablet's other users, which the signed-in user's sync relays.
import Dexie from 'dexie';
import type { HornbillDb } from '../db/database.ts';
import type { EntryRecord } from '../log/entry-record.ts';
import { readSyncState } from './sync-state.ts';

// Queried here rather than through log/device-log.ts, which carries the log verifier: the shell's sync
// indicator reads this module, and the verifier stays in its own chunk.
function ownEntries(db: HornbillDb, deviceCode: string) {
  return db.entries.where('[device+seq]').between([deviceCode, Dexie.minKey], [deviceCode, Dexie.maxKey]);
}

async function receiptedIds(db: HornbillDb, ids: readonly string[]): Promise<ReadonlySet<string>> {
  return new Set(await db.receipts.where('entryId').anyOf(ids).primaryKeys());
}

/** Own entries without a receipt, in chain order. */
export async function unreceiptedEntries(db: HornbillDb, deviceCode: string): Promise<EntryRecord[]> {
  const entries = await ownEntries(db, deviceCode).toArray();
  const receipted = await receiptedIds(db, entries.map((entry) => entry.id));
  return entries.filter((entry) => !receipted.has(entry.id));
}

/** The ids of own entries without a receipt, in chain order: for counts (the live sync summary), without reading the entries' bytes. */
export async function unreceiptedEntryIds(db: HornbillDb, deviceCode: string): Promise<string[]> {
  const ids = await ownEntries(db, deviceCode).primaryKeys();
  const receipted = await receiptedIds(db, ids);
  return ids.filter((id) => !receipted.has(id));
}

export interface PendingEntries {
  /** To push: no receipt and not refused, each device's in chain order, the signed-in user's first. */
  readonly toPush: readonly EntryRecord[];
  /** Without a receipt, refused ones included (what HQ is told is pending). */
  readonly unreceipted: number;
  readonly rejected: number;
}

/** The device codes of this tablet's users (each user enrols their own device key), `deviceCode` first. */
export async function tabletDeviceCodes(db: HornbillDb, deviceCode: string): Promise<string[]> {
  const others = (await db.accounts.toArray()).map((account) => account.deviceCode).filter((code) => code !== deviceCode);
  return [deviceCode, ...new Set(others)];
}

/**
 * What the signed-in user's sync sends: their own entries without a receipt and those of the tablet's other
 * users, whose chains HQ accepts relayed (server/sync/push-chains.ts), so that a user's records reach HQ
 * without that user signing in here again.
 */
export async function pendingEntries(db: HornbillDb, deviceCode: string): Promise<PendingEntries> {
  const unreceipted: EntryRecord[] = [];
  for (const code of await tabletDeviceCodes(db, deviceCode)) unreceipted.push(...(await unreceiptedEntries(db, code)));
  const rejectedIds = new Set((await readSyncState(db)).rejected.map((rejection) => rejection.entryId));
  const toPush = unreceipted.filter((entry) => !rejectedIds.has(entry.id));
  return { toPush, unreceipted: unreceipted.length, rejected: unreceipted.length - toPush.length };
}
