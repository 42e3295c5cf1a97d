// A permit's audit trail on this device: its entries in log order, each checked against the device's stored
// certificates (signature, key valid at the entry's time, certified holder), and the permit they project to.
import { toHex } from '../../core/crypto/bytes.ts';
import { ed25519Verify } from '../../core/crypto/ed25519.ts';
import { decodeEntry, type DecodedEntry } from '../../core/log/entry.ts';
import { compareEntryPositions, entryPosition } from '../../core/log/entry-order.ts';
import { isKeyLookupRefusal, type KeyLookup } from '../../core/log/key-lookup.ts';
import type { ProjectedPermit } from '../../core/log/projected-permit.ts';
import { rebuildPermits } from '../../core/log/rebuild-permits.ts';
import type { HornbillDb } from '../db/database.ts';
import { deviceKeyLookup } from './device-key-lookup.ts';
import type { EntryRecord } from './entry-record.ts';

export interface AuditTrailRow {
  readonly id: string;
  readonly actor: string;
  readonly role: EntryRecord['role'];
  readonly action: EntryRecord['action'];
  readonly device: string;
  readonly wallTime: number;
  readonly hlc: { readonly wallMs: number; readonly counter: number };
  readonly verified: boolean;
}

export interface AuditTrail {
  readonly rows: readonly AuditTrailRow[];
  /** The permit as its entries make it; undefined for a draft no act has been recorded for. */
  readonly permit: ProjectedPermit | undefined;
}

export async function readAuditTrail(db: HornbillDb, permitId: string): Promise<AuditTrail> {
  const lookup = await deviceKeyLookup(db);
  const records = await db.entries.where('permit').equals(permitId).toArray();
  // A copy of the bytes: IndexedDB may hand back another realm's Uint8Array.
  const decoded = records.flatMap((record) => {
    const entry = decodeEntry(Uint8Array.from(record.bytes));
    return entry.ok ? [entry.value] : [];
  });
  decoded.sort((a, b) => compareEntryPositions(entryPosition(a.entry), entryPosition(b.entry)));
  const rows = await Promise.all(decoded.map(async (entry) => ({ ...rowOf(entry), verified: await isVerified(entry, lookup) })));
  return { rows, permit: rebuildPermits(decoded.map((entry) => entry.entry)).permits.get(permitId) };
}

function rowOf({ id, entry }: DecodedEntry): Omit<AuditTrailRow, 'verified'> {
  const { actor, role, action, device, wallTime, hlc } = entry;
  return { id: toHex(id), actor, role, action, device, wallTime, hlc };
}

async function isVerified(decoded: DecodedEntry, lookup: KeyLookup): Promise<boolean> {
  const { entry } = decoded;
  const key = await lookup({ kid: decoded.kid, device: entry.device, actor: entry.actor, at: entry.wallTime });
  if (isKeyLookupRefusal(key) || key.device !== entry.device || key.user !== entry.actor || key.role !== entry.role) return false;
  return ed25519Verify(key.publicKey, decoded.toBeSigned, decoded.signature);
}
