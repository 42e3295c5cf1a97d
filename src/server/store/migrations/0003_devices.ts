import { sql, type Kysely } from 'kysely';

// Devices (one row per enrolled tablet, never deleted, so a device code is never reused), the single-use
// enrolment challenges, and the delivery state of the Secretariat notice outbox. Same type rules as 0002.
const int4 = sql`int4`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('devices')
    .addColumn('id', 'text', (column) => column.primaryKey().notNull())
    // 3 characters of src/core/permit/device-code.ts: unique per authority, the unique index is the allocator's lock.
    .addColumn('code', 'text', (column) => column.notNull().unique())
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id'))
    // The device's Ed25519 public key, base64; one key is enrolled once.
    .addColumn('public_key', 'text', (column) => column.notNull().unique())
    .addColumn('label', 'text')
    .addColumn('enrolled_at', 'text', (column) => column.notNull())
    .addColumn('last_seen_at', 'text')
    .addColumn('revoked_at', 'text')
    .addColumn('revocation_reason', 'text')
    .execute();
  await db.schema.createIndex('devices_by_user').on('devices').column('user_id').execute();

  await db.schema
    .createTable('enrolment_challenges')
    // 32 random bytes, base64: signed by the device key inside the enrolment proof.
    .addColumn('nonce', 'text', (column) => column.primaryKey().notNull())
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .execute();

  // SQLite adds one column per ALTER TABLE statement.
  const notices = () => db.schema.alterTable('secretariat_notices');
  await notices().addColumn('delivery_attempts', int4, (column) => column.notNull().defaultTo(0)).execute();
  await notices().addColumn('next_attempt_at', 'text').execute();
  await notices().addColumn('last_error', 'text').execute();
  await notices().addColumn('webhook_delivered_at', 'text').execute();
  await notices().addColumn('email_delivered_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of ['email_delivered_at', 'webhook_delivered_at', 'last_error', 'next_attempt_at', 'delivery_attempts']) {
    await db.schema.alterTable('secretariat_notices').dropColumn(column).execute();
  }
  await db.schema.dropTable('enrolment_challenges').execute();
  await db.schema.dropTable('devices').execute();
}
