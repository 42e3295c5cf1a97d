import { sql, type Kysely } from 'kysely';
import type { Database } from '../database.ts';
import { storeTaxonNames } from '../../hq/hq-checklist-names.ts';
import { newestChecklistInfo } from '../../sync/checklist-store.ts';
import { readPublishedChecklist } from '../../sync/checklist-read.ts';

// The id and scientific name of every taxon of each published checklist, filled when it is published: what HQ
// checks quota shares against and names them by, without reading a whole checklist (~100 MB of JSON for a full
// Species+ export) on a request. Same type rules as 0002.
const int4 = sql`int4`;

export async function up(db: Kysely<Database>): Promise<void> {
  await db.schema
    .createTable('checklist_taxon_names')
    // The publication (checklist_versions.number).
    .addColumn('number', int4, (column) => column.notNull())
    .addColumn('taxon_id', int4, (column) => column.notNull())
    .addColumn('scientific_name', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('checklist_taxon_names_pkey', ['number', 'taxon_id'])
    .execute();
  // The newest publication before this migration gets its names now (only the newest is ever asked).
  const newest = await newestChecklistInfo(db);
  const checklist = newest === undefined ? undefined : await readPublishedChecklist(db, newest.version);
  if (newest !== undefined && checklist !== undefined) await storeTaxonNames(db, newest.number, checklist.taxa);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('checklist_taxon_names').execute();
}
