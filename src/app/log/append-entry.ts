// Appending one signed entry to this device's hash chain: sign it as the next entry (HLC ticked from the chain
// head and the wall clock passed in), then, in ONE transaction, add it to `entries`, move the chain head and
// write whatever else the act changes. Any failure leaves all of it unchanged; a full disk surfaces as
// StorageFullError (nothing was recorded; the caller keeps what was typed).
//
// Signing is done before the transaction: IndexedDB commits a transaction that awaits anything else (such as
// WebCrypto). If another act took the chain head meanwhile, the entry is signed again on the new head.
import type { Table } from 'dexie';
import type { CborRecord } from '../../core/log/cbor-data.ts';
import { appendToDeviceChain, startDeviceChain, type DeviceChainTip } from '../../core/log/device-chain.ts';
import { ENTRY_FORMAT_VERSION, type UnsignedEntry } from '../../core/log/entry-schema.ts';
import type { PermitAction } from '../../core/log/permit-act-bodies.ts';
import { success, type Result } from '../../core/permit/result.ts';
import { startHlc, tickLocal } from '../../core/time/hlc.ts';
import type { HornbillDb } from '../db/database.ts';
import { isQuotaExceeded, StorageFullError } from '../db/storage-full.ts';
import type { ActingIdentity } from './acting-identity.ts';
import type { EntryRecord } from './entry-record.ts';
import { entryRecordOf } from './entry-record-of.ts';

/** Attempts before giving up when other acts keep taking the chain head (only a runaway loop gets there). */
const MAX_ATTEMPTS = 5;

/** What a permit act signs: the action, the permit's stable id and the body. */
export interface PermitActDraft {
  readonly action: PermitAction;
  readonly permit: string;
  readonly body: CborRecord;
}

export interface SignedNextEntry {
  readonly entry: UnsignedEntry;
  /** The row for `entries`. */
  readonly record: EntryRecord;
  readonly id: Uint8Array;
}

/** Whatever the act writes besides the entry and the chain head, inside the same transaction. */
export interface AlsoWritten<Prepared, Written> {
  readonly tables: readonly Table[];
  readonly write: (prepared: Prepared) => Promise<Written>;
}

async function chainTip(db: HornbillDb, device: string): Promise<DeviceChainTip> {
  const head = await db.chainHeads.get(device);
  // A copy: IndexedDB may hand back bytes from another realm, which `instanceof Uint8Array` refuses.
  return head === undefined ? startDeviceChain(device) : { device, nextSeq: head.nextSeq, prev: Uint8Array.from(head.prev), hlc: head.hlc };
}

export async function signNextEntry(identity: ActingIdentity, tip: DeviceChainTip, act: PermitActDraft, wallNow: number): Promise<SignedNextEntry> {
  const hlc = tip.hlc === null ? startHlc(identity.deviceCode, wallNow) : tickLocal({ ...tip.hlc, node: identity.deviceCode }, wallNow);
  const draft = { hlc, wallTime: wallNow, actor: identity.userId, role: identity.role, action: act.action, permit: act.permit, body: act.body };
  const { signed } = await appendToDeviceChain(tip, draft, { kid: identity.kid, seed: identity.seed });
  const entry: UnsignedEntry = { ...draft, hlc: { wallMs: hlc.wallMs, counter: hlc.counter }, v: ENTRY_FORMAT_VERSION, device: tip.device, seq: tip.nextSeq, prev: tip.prev };
  const record = entryRecordOf({ entry, id: signed.id, bytes: signed.bytes });
  return { entry, record, id: signed.id };
}

/**
 * Prepares (signs) on the current chain head and writes in one transaction, signing again if the head moved.
 * A refusal from `prepare` writes nothing and is returned as it is.
 */
export async function appendEntry<Prepared extends { readonly signed: SignedNextEntry }, Written, Refusal>(
  db: HornbillDb,
  identity: ActingIdentity,
  prepare: (tip: DeviceChainTip) => Promise<Result<Prepared, Refusal>>,
  also: AlsoWritten<Prepared, Written>,
): Promise<Result<Written, Refusal>> {
  try {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const tip = await chainTip(db, identity.deviceCode);
      const prepared = await prepare(tip);
      if (!prepared.ok) return prepared;
      const written = await write(db, tip, prepared.value, also);
      if (written !== undefined) return success(written.value);
    }
    throw new Error(`appendEntry: the chain head of ${identity.deviceCode} kept moving`);
  } catch (error) {
    if (isQuotaExceeded(error)) throw new StorageFullError('storage full', { cause: error });
    throw error;
  }
}

/** The one transaction; undefined when the chain head moved since `tip` was read (sign again). */
async function write<Prepared extends { readonly signed: SignedNextEntry }, Written>(
  db: HornbillDb,
  tip: DeviceChainTip,
  prepared: Prepared,
  also: AlsoWritten<Prepared, Written>,
): Promise<{ readonly value: Written } | undefined> {
  return db.transaction('rw', [db.entries, db.chainHeads, ...also.tables], async () => {
    const head = await db.chainHeads.get(tip.device);
    if ((head?.nextSeq ?? 0) !== tip.nextSeq) return undefined;
    const { entry, record, id } = prepared.signed;
    await db.entries.add(record);
    await db.chainHeads.put({ device: entry.device, nextSeq: entry.seq + 1, prev: id, hlc: entry.hlc });
    return { value: await also.write(prepared) };
  });
}
