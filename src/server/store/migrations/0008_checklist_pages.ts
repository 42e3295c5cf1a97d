import { sql, type Kysely } from 'kysely';
import type { Database } from '../database.ts';
import { storeNewestChecklistDownloads } from '../../sync/checklist-downloads.ts';

// The pages of checklist downloads (docs/sync-protocol.md §Checklist), built when a version is published
// (server/sync/checklist-downloads.ts) rather than on a device's first request: diffing two full Species+
// checklists costs seconds of HQ's event loop, and every HQ process repeated it after each restart. One row
// per page, the answer exactly as served: deterministic CBOR, gzip'd, base64 (same type rules as 0002).
const int4 = sql`int4`;

export async function up(db: Kysely<Database>): Promise<void> {
  await db.schema
    .createTable('checklist_pages')
    // The published version the download leads to.
    .addColumn('to_version', 'text', (column) => column.notNull())
    // The version it is a diff from: an earlier publication, or the empty checklist (a full download).
    .addColumn('from_version', 'text', (column) => column.notNull())
    .addColumn('page', int4, (column) => column.notNull())
    // Pages of this (from, to) download, the same on each of its rows: a pull's descriptor reads it from page 0.
    .addColumn('pages', int4, (column) => column.notNull())
    .addColumn('gzipped', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('checklist_pages_pkey', ['to_version', 'from_version', 'page'])
    .execute();
  // A version published before this migration has no pages: build its downloads now, so devices keep
  // getting it (only the newest matters: a pull announces nothing else).
  await storeNewestChecklistDownloads(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('checklist_pages').execute();
}
