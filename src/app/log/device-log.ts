// This device's own log, as the Settings screen verifies and exports it (docs/log-format.md §3, §5).
import Dexie from 'dexie';
import { parseBase64 } from '../../core/crypto/base64.ts';
import { fromHex } from '../../core/crypto/bytes.ts';
import { encodeDeviceLogExport } from '../../core/log/device-log-export.ts';
import { verifyDeviceLog, type DeviceLogVerdict } from '../../core/log/verify-device-log.ts';
import { latestTrustList } from '../auth/trust-lists.ts';
import type { HornbillDb } from '../db/database.ts';
import { deviceKeyLookup } from './device-key-lookup.ts';
import type { EntryRecord } from './entry-record.ts';

/** The device's entries in chain order. */
export function deviceEntries(db: HornbillDb, deviceCode: string): Promise<EntryRecord[]> {
  return db.entries.where('[device+seq]').between([deviceCode, Dexie.minKey], [deviceCode, Dexie.maxKey]).toArray();
}

// Copies: IndexedDB may hand back bytes of another realm, which `instanceof Uint8Array` refuses.
function entryBytes(rows: readonly EntryRecord[]): Uint8Array[] {
  return rows.map((row) => Uint8Array.from(row.bytes));
}

export async function verifyThisDeviceLog(
  db: HornbillDb,
  deviceCode: string,
  onProgress: (verified: number, total: number) => void | Promise<void>,
): Promise<DeviceLogVerdict> {
  const rows = await deviceEntries(db, deviceCode);
  const head = await db.chainHeads.get(deviceCode);
  return verifyDeviceLog(entryBytes(rows), {
    device: deviceCode,
    lookup: await deviceKeyLookup(db),
    // The chain head is a row apart from the entries: an entry deleted from the end is found missing.
    ...(head === undefined || head.nextSeq === 0 ? {} : { knownHead: { seq: head.nextSeq - 1, id: Uint8Array.from(head.prev) } }),
    onProgress,
    progressEvery: 200,
  });
}

/** The JSON Lines export: the entries, the enrolled accounts' certificates and the newest stored trust list. */
export async function exportThisDeviceLog(db: HornbillDb, deviceCode: string, exportedAt: number): Promise<string> {
  const rows = await deviceEntries(db, deviceCode);
  const accounts = await db.accounts.toArray();
  const certificates = [...new Set(accounts.flatMap((account) => account.certificates))].flatMap((text) => parseBase64(text) ?? []);
  const party = accounts[0]?.party;
  const trustList = party === undefined ? undefined : await latestTrustList(db, party);
  const last = rows.at(-1);
  return encodeDeviceLogExport({
    device: deviceCode,
    exportedAt,
    head: last === undefined ? null : { seq: last.seq, id: fromHex(last.id) },
    certificates,
    trustList: (trustList === undefined ? undefined : parseBase64(trustList.signed)) ?? null,
    entries: entryBytes(rows),
  });
}
