import Dexie, { type EntityTable, type Table } from 'dexie';
import type { AccountRecord } from '../auth/account-record.ts';
import type { ChainHeadRecord, EntryRecord } from '../log/entry-record.ts';
import { schemaVersions, type SchemaVersion } from './schema.ts';
import type { PermitNumberSequenceRecord } from '../log/permit-number-sequence.ts';
import type { ReplacementRecord } from '../log/replace-permit.ts';
import type { PermitRecord } from './permit-record.ts';
import type { StoredPreferences } from './preferences-schema.ts';
import type { TrustListRecord } from './trust-list-record.ts';
import type { StatusListRecord } from './status-list-record.ts';
import type { QuotaShareRecord, QuotaShareSetRecord } from './quota-share-record.ts';
import type { CheckpointRecord, ReceiptRecord, SyncStateRecord } from '../sync/sync-records.ts';
import type { ChecklistDownloadRecord, ChecklistPageRecord, ChecklistTaxonRecord, HeldChecklistRecord } from '../checklist/checklist-records.ts';

export type HornbillDb = Dexie & {
  preferences: EntityTable<StoredPreferences, 'id'>;
  permits: EntityTable<PermitRecord, 'id'>;
  accounts: EntityTable<AccountRecord, 'userId'>;
  trustLists: Table<TrustListRecord, [string, number]>;
  entries: EntityTable<EntryRecord, 'id'>;
  chainHeads: EntityTable<ChainHeadRecord, 'device'>;
  permitNumberSequences: Table<PermitNumberSequenceRecord, [string, number]>;
  replacements: EntityTable<ReplacementRecord, 'replacement'>;
  statusLists: Table<StatusListRecord, [string, number]>;
  checkpoints: EntityTable<CheckpointRecord, 'treeSize'>;
  receipts: EntityTable<ReceiptRecord, 'entryId'>;
  syncState: EntityTable<SyncStateRecord, 'id'>;
  quotaShares: Table<QuotaShareRecord, [number, number]>;
  quotaShareSet: EntityTable<QuotaShareSetRecord, 'id'>;
  checklistTaxa: EntityTable<ChecklistTaxonRecord, 'id'>;
  checklistHeld: EntityTable<HeldChecklistRecord, 'id'>;
  checklistDownload: EntityTable<ChecklistDownloadRecord, 'id'>;
  checklistPages: EntityTable<ChecklistPageRecord, 'page'>;
};

export const defaultDatabaseName = 'hornbill';

/** Opens the device database, declaring versions up to `upToVersion` (tests open older versions to test upgrades). */
export function openHornbillDb(
  name: string = defaultDatabaseName,
  upToVersion: number = Number.POSITIVE_INFINITY,
  versions: readonly SchemaVersion[] = schemaVersions,
): HornbillDb {
  const db = new Dexie(name) as HornbillDb;
  for (const step of versions) {
    if (step.version > upToVersion) break;
    const declared = db.version(step.version).stores(step.stores);
    if (step.upgrade) declared.upgrade(step.upgrade);
  }
  return db;
}
