// The ONE transaction of a pull answer: the new entries (those held already are ignored), this device's
// clock moved past them, the projection of every permit they touch, the verified lists, the device's quota
// shares (replaced wholesale), the checklist download HQ announced (staged; its pages come after the pull),
// the checkpoint and the new cursor. A failure anywhere leaves all of it as it was, so the next pull repeats
// this one (docs/sync-protocol.md: cursors advance only after storage).
import { toBase64 } from '../../core/crypto/base64.ts';
import type { DecodedEntry } from '../../core/log/entry.ts';
import type { ChecklistDescriptor } from '../../core/sync/checklist.ts';
import type { PulledQuotaShares } from '../../core/sync/pull.ts';
import { trustListRow } from '../auth/trust-lists.ts';
import type { Table } from 'dexie';
import type { HornbillDb } from '../db/database.ts';
import { replaceQuotaShares } from '../quota/store-quota-shares.ts';
import { mergePulledClock } from './merge-pulled-clock.ts';
import { entryRecordOf } from '../log/entry-record-of.ts';
import { stageChecklistDownload } from './checklist-staging.ts';
import { rebuildPermitRow } from './rebuild-permit-row.ts';
import { storeCheckpoint } from './store-checkpoint.ts';
import type { CheckpointRecord } from './sync-records.ts';
import { readSyncState } from './sync-state.ts';
import type { VerifiedLists } from './verify-pulled-lists.ts';

export interface VerifiedPull {
  readonly entries: readonly DecodedEntry[];
  readonly lists: VerifiedLists;
  readonly checkpoint: CheckpointRecord;
  readonly nextCursor: number;
  /** Users of this device whose account changed at HQ: a removed one can no longer sign in here. */
  readonly users: readonly { readonly id: string; readonly removedAt: number | null }[];
  /** The device's whole set of quota shares when HQ's is newer; null when the device holds the newest. */
  readonly quotaShares: PulledQuotaShares | null;
  /** HQ's newest checklist when it differs from the one held (null: the device holds HQ's newest; absent: not asked). */
  readonly checklist?: ChecklistDescriptor | null;
}

export interface StoredPull {
  readonly added: number;
  /** Entries refused at storage: a different entry held for the same device and seq (a fork). */
  readonly forks: readonly string[];
}

export function storePull(db: HornbillDb, ownDevice: string, pull: VerifiedPull, wallNow: number): Promise<StoredPull> {
  const tables = [db.entries, db.chainHeads, db.permits, db.trustLists, db.statusLists, db.checkpoints, db.syncState, db.accounts, db.quotaShares, db.quotaShareSet, db.checklistDownload, db.checklistPages];
  return db.transaction('rw', tables, async () => {
    const touched = new Set<string>();
    const forks: string[] = [];
    let added = 0;
    for (const decoded of pull.entries) {
      const record = entryRecordOf(decoded);
      if ((await db.entries.get(record.id)) !== undefined) continue;
      const sameSeq = await db.entries.where('[device+seq]').equals([record.device, record.seq]).first();
      if (sameSeq !== undefined) {
        forks.push(`${record.id}: device ${record.device} seq ${record.seq} is held as entry ${sameSeq.id}`);
        continue;
      }
      await db.entries.add(record);
      added += 1;
      if (record.permit !== null) touched.add(record.permit);
    }
    await mergePulledClock(db, ownDevice, pull.entries.map((decoded) => decoded.entry), wallNow);
    for (const permitId of touched) await rebuildPermitRow(db, permitId, wallNow);
    await storeLists(db, pull.lists, wallNow);
    await markRemovedUsers(db, pull.users);
    await replaceQuotaShares(db, pull.quotaShares, wallNow);
    if (pull.checklist !== undefined) await stageChecklistDownload(db, pull.checklist);
    await storeCheckpoint(db, pull.checkpoint);
    await db.syncState.put({ ...(await readSyncState(db)), pullCursor: pull.nextCursor });
    return { added, forks };
  });
}

async function markRemovedUsers(db: HornbillDb, users: VerifiedPull['users']): Promise<void> {
  for (const { id, removedAt } of users) {
    if (removedAt === null) continue;
    const account = await db.accounts.get(id);
    if (account !== undefined && account.removedAt === undefined) await db.accounts.put({ ...account, removedAt });
  }
}

async function storeLists(db: HornbillDb, lists: VerifiedLists, wallNow: number): Promise<void> {
  if (lists.newTrustList !== null) await db.trustLists.put(trustListRow(lists.newTrustList.list, lists.newTrustList.bytes, null, new Date(wallNow)));
  else await confirmNewest(db.trustLists, lists.trustList.party, (held) => ({ ...held, checkedAt: new Date(wallNow).toISOString() }));
  const status = lists.newStatusList;
  if (status !== null) {
    const { party, version, issuedAt } = status.list;
    await db.statusLists.put({ party, version, issuedAt, signed: toBase64(status.bytes), checkedAt: wallNow });
    return;
  }
  // HQ sent none: the one held is still its newest, as of now.
  await confirmNewest(db.statusLists, lists.trustList.party, (held) => ({ ...held, checkedAt: wallNow }));
}

/** Marks a Party's newest held list as confirmed by HQ now (a pull that sends no newer one says so). */
async function confirmNewest<T extends { party: string; version: number }>(table: Table<T, [string, number]>, party: string, confirmed: (held: T) => T): Promise<void> {
  const held = await table.where('[party+version]').between([party, 0], [party, Number.MAX_SAFE_INTEGER], true, true).last();
  if (held !== undefined) await table.put(confirmed(held));
}
