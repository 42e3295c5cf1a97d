import { sql, type Kysely } from 'kysely';

// Published species checklists (issue #7: pull delivers checklist updates). One row per publication, the
// taxa in one column as gzip'd JSON (base64): a version is only ever written whole and read whole (to diff
// it against the version a device holds), and the Species+ annotations repeat so much that gzip takes the
// 100 MB of a full export to ~3.4 MB, where one row per taxon would store 38,000 rows per version. Same type
// rules as 0002: text, int4, ISO-8601 UTC times, base64 bytes.
const int4 = sql`int4`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('checklist_versions')
    // 1, 2, 3… in publication order: the newest is the largest. Content published again (a revert) gets a
    // new number, so `version` is not unique.
    .addColumn('number', int4, (column) => column.primaryKey().notNull())
    // Hex SHA-256 of the canonical content (core/species/checklist-version.ts).
    .addColumn('version', 'text', (column) => column.notNull())
    .addColumn('published_at', 'text', (column) => column.notNull())
    .addColumn('taxa_count', int4, (column) => column.notNull())
    // gzip of the JSON array of taxa sorted by id, base64.
    .addColumn('taxa', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('checklist_versions_by_version').on('checklist_versions').columns(['version']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('checklist_versions').execute();
}
