import type { Kysely } from 'kysely';

// Session nonces are stateless since this migration (server/sync/nonces.ts: an expiry and an HMAC tag under a
// key derived from the root key), so hello writes nothing and the table of issued nonces goes. Nonces issued
// before it are refused once; the device says hello again, as after any expired nonce.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('sync_nonces').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sync_nonces')
    .addColumn('nonce', 'text', (column) => column.primaryKey().notNull())
    .addColumn('device', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .execute();
}
