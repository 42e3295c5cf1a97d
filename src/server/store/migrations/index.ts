import type { Migration, MigrationProvider } from 'kysely';
import * as serverMeta from './0001_server_meta.ts';
import * as identity from './0002_identity.ts';
import * as devices from './0003_devices.ts';
import * as sync from './0004_sync.ts';
import * as quotaShares from './0005_quota_shares.ts';
import * as checklists from './0006_checklists.ts';
import * as statelessNonces from './0007_stateless_nonces.ts';
import * as checklistPages from './0008_checklist_pages.ts';
import * as checklistTaxonNames from './0009_checklist_taxon_names.ts';

/**
 * Every migration, in order. A static list rather than a folder scan: it works unchanged under tsx, in a
 * bundle, and on both engines. Add a new file and one line here; never edit a released migration.
 */
const migrations: Record<string, Migration> = {
  '0001_server_meta': serverMeta,
  '0002_identity': identity,
  '0003_devices': devices,
  '0004_sync': sync,
  '0005_quota_shares': quotaShares,
  '0006_checklists': checklists,
  '0007_stateless_nonces': statelessNonces,
  '0008_checklist_pages': checklistPages,
  '0009_checklist_taxon_names': checklistTaxonNames,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
