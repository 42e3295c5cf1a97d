import { sql, type Kysely } from 'kysely';

// Quota shares (DESIGN §3, box 11a): the part of an annual export quota HQ gives one device to issue
// against offline, per device code, taxon and year; and a version per device, raised on every change to
// that device's shares, which pull compares with the version the device holds. Same type rules as 0002:
// text, int4, ISO-8601 UTC times. Amounts may be decimals: they are stored as text (the JSON number as
// written), which both engines report alike.
const int4 = sql`int4`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('quota_shares')
    .addColumn('id', 'text', (column) => column.primaryKey().notNull())
    // The device code (the `device` of its entries and the DDD of its permit numbers).
    .addColumn('device', 'text', (column) => column.notNull())
    // The checklist's (Species+) taxon id.
    .addColumn('taxon_id', int4, (column) => column.notNull())
    .addColumn('year', int4, (column) => column.notNull())
    .addColumn('amount', 'text', (column) => column.notNull())
    // A box 11 unit code; null: number of specimens.
    .addColumn('unit', 'text')
    .addColumn('set_at', 'text', (column) => column.notNull())
    // The id of the admin who set it.
    .addColumn('set_by', 'text', (column) => column.notNull())
    .addUniqueConstraint('quota_shares_device_taxon_year', ['device', 'taxon_id', 'year'])
    .execute();

  await db.schema
    .createTable('quota_share_versions')
    .addColumn('device', 'text', (column) => column.primaryKey().notNull())
    // 1, 2, 3… raised in the transaction of every change to the device's shares (a removal too).
    .addColumn('version', int4, (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('quota_share_versions').execute();
  await db.schema.dropTable('quota_shares').execute();
}
