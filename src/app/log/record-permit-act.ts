// Fires one lifecycle transition on a permit from this device: signs the entry (next in the device's chain,
// HLC ticked from the chain head and the wall clock passed in) and, in ONE transaction, appends it to
// `entries`, moves the chain head and writes the permit's projection into `permits`. Any failure leaves none
// of the three changed; a full disk surfaces as StorageFullError (the act was not recorded; the caller keeps
// what was typed). A refused act (lifecycle, role, four eyes, body) writes nothing and returns the refusal.
//
// Signing is done before the transaction: IndexedDB commits a transaction that awaits anything else (such as
// WebCrypto). If another act took the chain head meanwhile, the act is signed again on the new head.
import { toHex } from '../../core/crypto/bytes.ts';
import type { CborRecord } from '../../core/log/cbor-data.ts';
import { appendToDeviceChain, startDeviceChain, type DeviceChainTip } from '../../core/log/device-chain.ts';
import { ENTRY_FORMAT_VERSION, type UnsignedEntry } from '../../core/log/entry-schema.ts';
import { ACTION_OF_TRANSITION } from '../../core/log/permit-action-transition.ts';
import type { PermitAction } from '../../core/log/permit-act-bodies.ts';
import { applyEntry, DEFAULT_PROJECTION_OPTIONS, type ProjectionOptions } from '../../core/log/permit-projection.ts';
import type { ProjectedPermit } from '../../core/log/projected-permit.ts';
import type { ProjectionRefusal } from '../../core/log/projection-refusal.ts';
import { rebuildPermits } from '../../core/log/rebuild-permits.ts';
import type { PermitTransition } from '../../core/permit/lifecycle.ts';
import { success, type Result } from '../../core/permit/result.ts';
import { startHlc, tickLocal } from '../../core/time/hlc.ts';
import type { HornbillDb } from '../db/database.ts';
import { permitIndexKeys } from '../db/permit-index-keys.ts';
import { permitRecordSchema, type PermitRecord } from '../db/permit-record.ts';
import { isQuotaExceeded, StorageFullError } from '../db/storage-full.ts';
import type { ActingIdentity } from './acting-identity.ts';
import type { EntryRecord } from './entry-record.ts';
import { decodedPermitEntries } from './permit-entries.ts';

/** Attempts before giving up when other acts keep taking the chain head (only a runaway loop gets there). */
const MAX_ATTEMPTS = 5;

/** A lifecycle transition, or `print`: a print-out is recorded as a `printed` entry but moves no state. */
export type PermitAct = PermitTransition | 'print';

function actionOf(act: PermitAct): PermitAction {
  return act === 'print' ? 'printed' : ACTION_OF_TRANSITION[act];
}

export interface RecordedAct {
  readonly entry: EntryRecord;
  readonly permit: PermitRecord;
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
  try {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const tip = await chainTip(db, identity.deviceCode);
      const prepared = await prepare(db, identity, permitId, transition, body, wallNow, tip, options);
      if (!prepared.ok) return prepared;
      const written = await write(db, identity, tip, prepared.value, wallNow);
      if (written !== undefined) return success(written);
    }
    throw new Error(`recordPermitAct: the chain head of ${identity.deviceCode} kept moving`);
  } catch (error) {
    if (isQuotaExceeded(error)) throw new StorageFullError('storage full', { cause: error });
    throw error;
  }
}

async function chainTip(db: HornbillDb, device: string): Promise<DeviceChainTip> {
  const head = await db.chainHeads.get(device);
  // A copy: IndexedDB may hand back bytes from another realm, which `instanceof Uint8Array` refuses.
  return head === undefined ? startDeviceChain(device) : { device, nextSeq: head.nextSeq, prev: Uint8Array.from(head.prev), hlc: head.hlc };
}

interface PreparedAct {
  readonly entry: UnsignedEntry;
  readonly id: Uint8Array;
  readonly bytes: Uint8Array;
  readonly projected: ProjectedPermit;
}

async function prepare(
  db: HornbillDb,
  identity: ActingIdentity,
  permitId: string,
  transition: PermitAct,
  body: CborRecord,
  wallNow: number,
  tip: DeviceChainTip,
  options: ProjectionOptions,
): Promise<Result<PreparedAct, ProjectionRefusal>> {
  const hlc = tip.hlc === null ? startHlc(identity.deviceCode, wallNow) : tickLocal({ ...tip.hlc, node: identity.deviceCode }, wallNow);
  const draft = { hlc, wallTime: wallNow, actor: identity.userId, role: identity.role, action: actionOf(transition), permit: permitId, body };
  const { signed } = await appendToDeviceChain(tip, draft, { kid: identity.kid, seed: identity.seed });
  const entry: UnsignedEntry = { ...draft, hlc: { wallMs: hlc.wallMs, counter: hlc.counter }, v: ENTRY_FORMAT_VERSION, device: tip.device, seq: tip.nextSeq, prev: tip.prev };
  const before = rebuildPermits(await decodedPermitEntries(db, permitId), options).permits.get(permitId);
  const projected = applyEntry(before, entry, options);
  if (!projected.ok) return projected;
  return success({ entry, id: signed.id, bytes: signed.bytes, projected: projected.value });
}

/** The one transaction; undefined when the chain head moved since `tip` was read (sign again). */
async function write(db: HornbillDb, identity: ActingIdentity, tip: DeviceChainTip, act: PreparedAct, wallNow: number): Promise<RecordedAct | undefined> {
  return db.transaction('rw', [db.entries, db.chainHeads, db.permits], async () => {
    const head = await db.chainHeads.get(identity.deviceCode);
    if ((head?.nextSeq ?? 0) !== tip.nextSeq) return undefined;
    const { entry } = act;
    const record: EntryRecord = {
      id: toHex(act.id),
      device: entry.device,
      seq: entry.seq,
      permit: entry.permit,
      action: entry.action,
      actor: entry.actor,
      role: entry.role,
      wallTime: entry.wallTime,
      hlc: entry.hlc,
      bytes: act.bytes,
    };
    await db.entries.add(record);
    await db.chainHeads.put({ device: entry.device, nextSeq: entry.seq + 1, prev: act.id, hlc: entry.hlc });
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
    return { entry: record, permit };
  });
}
