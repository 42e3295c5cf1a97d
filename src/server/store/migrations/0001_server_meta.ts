import type { Kysely } from 'kysely';

// Migrations take Kysely<unknown>: they must not depend on the current Database type, which moves on.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('server_meta')
    // NOT NULL spelled out: SQLite, unlike PostgreSQL, lets a non-integer primary key hold NULL.
    .addColumn('key', 'text', (column) => column.primaryKey().notNull())
    .addColumn('value', 'text', (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('server_meta').execute();
}
