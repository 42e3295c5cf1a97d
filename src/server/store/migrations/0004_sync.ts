import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Sync (issue #7): HQ's Merkle log of accepted entries (append-only on both engines: triggers refuse UPDATE
// and DELETE), the quarantine of rejected entries, signed checkpoints, each device's chain head and sync
// state, session nonces, alerts, the permits projection and the signed status list versions. Same type
// rules as 0002: text, int4, ISO-8601 UTC times, base64 bytes, hex entry ids.
const int4 = sql`int4`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('log_entries')
    // The entry's position in the Merkle log (RFC 9162 leaf index): 0, 1, 2… with no gap.
    .addColumn('leaf_index', int4, (column) => column.primaryKey().notNull())
    // SHA-256 of the signed bytes, hex: the idempotency key of push.
    .addColumn('id', 'text', (column) => column.notNull().unique())
    .addColumn('device', 'text', (column) => column.notNull())
    .addColumn('seq', int4, (column) => column.notNull())
    .addColumn('permit', 'text')
    .addColumn('action', 'text', (column) => column.notNull())
    .addColumn('actor', 'text', (column) => column.notNull())
    .addColumn('role', 'text', (column) => column.notNull())
    // The entry's own wall time and HLC, as the device claimed them.
    .addColumn('wall_time', 'text', (column) => column.notNull())
    .addColumn('hlc', 'text', (column) => column.notNull())
    // The COSE_Sign1 bytes exactly as signed, base64; and the RFC 9162 leaf hash, base64.
    .addColumn('bytes', 'text', (column) => column.notNull())
    .addColumn('leaf_hash', 'text', (column) => column.notNull())
    // HQ's clock when it stored the entry.
    .addColumn('received_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('log_entries_device_seq', ['device', 'seq'])
    .execute();
  await db.schema.createIndex('log_entries_by_permit').on('log_entries').columns(['permit', 'leaf_index']).execute();

  await db.schema
    .createTable('quarantine')
    .addColumn('id', 'text', (column) => column.primaryKey().notNull())
    .addColumn('entry_id', 'text', (column) => column.notNull())
    // The device that signed the request that carried it.
    .addColumn('device', 'text', (column) => column.notNull())
    .addColumn('batch_index', int4, (column) => column.notNull())
    .addColumn('code', 'text', (column) => column.notNull())
    .addColumn('reason', 'text', (column) => column.notNull())
    .addColumn('bytes', 'text', (column) => column.notNull())
    .addColumn('received_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('quarantine_by_entry').on('quarantine').columns(['entry_id', 'code']).execute();

  await db.schema
    .createTable('checkpoints')
    .addColumn('tree_size', int4, (column) => column.primaryKey().notNull())
    .addColumn('root_hash', 'text', (column) => column.notNull())
    // The signed note text (c2sp.org/tlog-checkpoint) exactly as sent to devices.
    .addColumn('note', 'text', (column) => column.notNull())
    .addColumn('signed_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('device_chains')
    // The device code (the `device` of its entries).
    .addColumn('device', 'text', (column) => column.primaryKey().notNull())
    .addColumn('next_seq', int4, (column) => column.notNull())
    // The id (hex) of the device's newest entry HQ holds, and its HLC "wallMs.counter".
    .addColumn('head_id', 'text', (column) => column.notNull())
    .addColumn('head_hlc', 'text', (column) => column.notNull())
    .addColumn('last_sync_at', 'text')
    // What the device said at its last request: its clock minus HQ's (ms) and its entries not yet acknowledged.
    .addColumn('clock_skew_ms', int4)
    .addColumn('pending', int4)
    .execute();

  await db.schema
    .createTable('sync_nonces')
    .addColumn('nonce', 'text', (column) => column.primaryKey().notNull())
    .addColumn('device', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('alerts')
    .addColumn('id', 'text', (column) => column.primaryKey().notNull())
    // double-endorsement | act-after-cancellation | cloned-device | clock-skew | revoked-key-signing
    .addColumn('kind', 'text', (column) => column.notNull())
    // What makes two alerts the same alert (e.g. the permit for a double endorsement): raised once.
    .addColumn('subject', 'text', (column) => column.notNull())
    .addColumn('permit', 'text')
    .addColumn('device', 'text')
    .addColumn('entry_id', 'text')
    .addColumn('detail', 'text', (column) => column.notNull())
    .addColumn('raised_at', 'text', (column) => column.notNull())
    .addColumn('acknowledged_at', 'text')
    .addColumn('acknowledged_by', 'text')
    .addUniqueConstraint('alerts_kind_subject', ['kind', 'subject'])
    .execute();

  await db.schema
    .createTable('permits')
    // The permit's stable id (UUID); a projection of log_entries, rebuilt for every permit an ingest touches.
    .addColumn('id', 'text', (column) => column.primaryKey().notNull())
    .addColumn('number', 'text')
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('document_type', 'text')
    // The device whose entry opened the permit, and the newest entry's HQ receipt time.
    .addColumn('origin_device', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addColumn('entry_count', int4, (column) => column.notNull())
    // The projected content (the permit model) as JSON.
    .addColumn('content', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('permits_by_number').on('permits').column('number').execute();
  await db.schema.createIndex('permits_by_updated').on('permits').column('updated_at').execute();

  await db.schema
    .createTable('status_list_versions')
    .addColumn('version', int4, (column) => column.primaryKey().notNull())
    .addColumn('issued_at', 'text', (column) => column.notNull())
    // The signed status list (COSE_Sign1), base64.
    .addColumn('signed', 'text', (column) => column.notNull())
    .execute();

  await appendOnly(db, 'log_entries');
}

/** Refuses UPDATE and DELETE on a table, on either engine (the entries table is append-only: DESIGN §8). */
async function appendOnly(db: Kysely<unknown>, table: 'log_entries'): Promise<void> {
  if (isPostgres(db)) {
    await sql`CREATE FUNCTION hornbill_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'append-only: % on % is refused', TG_OP, TG_TABLE_NAME; END $$`.execute(db);
    await sql`CREATE TRIGGER ${sql.raw(`${table}_append_only`)} BEFORE UPDATE OR DELETE ON ${sql.table(table)}
      FOR EACH ROW EXECUTE FUNCTION hornbill_refuse_change()`.execute(db);
    await sql`CREATE TRIGGER ${sql.raw(`${table}_no_truncate`)} BEFORE TRUNCATE ON ${sql.table(table)}
      FOR EACH STATEMENT EXECUTE FUNCTION hornbill_refuse_change()`.execute(db);
    return;
  }
  for (const operation of ['UPDATE', 'DELETE']) {
    await sql`CREATE TRIGGER ${sql.raw(`${table}_no_${operation.toLowerCase()}`)} BEFORE ${sql.raw(operation)} ON ${sql.table(table)}
      BEGIN SELECT RAISE(ABORT, ${sql.lit(`append-only: ${operation} on ${table} is refused`)}); END`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['status_list_versions', 'permits', 'alerts', 'sync_nonces', 'device_chains', 'checkpoints', 'quarantine', 'log_entries']) {
    await db.schema.dropTable(table).execute();
  }
  if (isPostgres(db)) await sql`DROP FUNCTION hornbill_refuse_change()`.execute(db);
}

function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
