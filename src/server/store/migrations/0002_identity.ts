import { sql, type Kysely } from 'kysely';

// Identity: the authority and its root key, users, sessions, sign-in attempts, key certificates, trust list
// versions, revocations, other Parties' trust lists and the Secretariat notice outbox.
// Types are chosen so that both engines report the same ones (tests/server/migrations.test.ts): text, and
// int4 spelled out (SQLite keeps the declared name and gives it INTEGER affinity; `integer` would read back
// as int4 on PostgreSQL only). Times are ISO-8601 UTC text (they sort as text); bytes are base64 text.
const int4 = sql`int4`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('authority')
    .addColumn('party', 'text', (column) => column.primaryKey().notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('root_public_key', 'text', (column) => column.notNull())
    // The root key's seed, encrypted under the operator's passphrase (see server/identity/root-key-cipher.ts).
    .addColumn('root_key_sealed', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (column) => column.primaryKey().notNull())
    .addColumn('username', 'text', (column) => column.notNull().unique())
    .addColumn('display_name', 'text', (column) => column.notNull())
    // Comma-separated role names, e.g. "officer,approver".
    .addColumn('roles', 'text', (column) => column.notNull())
    .addColumn('office', 'text')
    .addColumn('password_hash', 'text', (column) => column.notNull())
    .addColumn('must_change_password', int4, (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('removed_at', 'text')
    .addColumn('removal_reason', 'text')
    .execute();

  await db.schema
    .createTable('sessions')
    // SHA-256 of the token, hex: the token itself is never stored.
    .addColumn('token_hash', 'text', (column) => column.primaryKey().notNull())
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('last_seen_at', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('sessions_by_user').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('sign_in_attempts')
    .addColumn('id', 'text', (column) => column.primaryKey().notNull())
    .addColumn('username', 'text', (column) => column.notNull())
    .addColumn('address', 'text', (column) => column.notNull())
    .addColumn('succeeded', int4, (column) => column.notNull())
    .addColumn('attempted_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('sign_in_attempts_by_username').on('sign_in_attempts').columns(['username', 'attempted_at']).execute();
  await db.schema.createIndex('sign_in_attempts_by_address').on('sign_in_attempts').columns(['address', 'attempted_at']).execute();

  await db.schema
    .createTable('key_certificates')
    .addColumn('kid', 'text', (column) => column.primaryKey().notNull())
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('device', 'text', (column) => column.notNull())
    .addColumn('signed', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('revocations')
    .addColumn('kid', 'text', (column) => column.primaryKey().notNull().references('key_certificates.kid'))
    .addColumn('revoked_at', 'text', (column) => column.notNull())
    .addColumn('reason', 'text', (column) => column.notNull())
    .execute();

  // Append-only: a version is inserted once and never updated or deleted.
  await db.schema
    .createTable('trust_list_versions')
    .addColumn('version', int4, (column) => column.primaryKey().notNull())
    .addColumn('issued_at', 'text', (column) => column.notNull())
    .addColumn('signed', 'text', (column) => column.notNull())
    .addColumn('sha256', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('foreign_trust_lists')
    .addColumn('party', 'text', (column) => column.notNull())
    .addColumn('version', int4, (column) => column.notNull())
    .addColumn('root_public_key', 'text', (column) => column.notNull())
    .addColumn('signed', 'text', (column) => column.notNull())
    .addColumn('imported_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('foreign_trust_lists_pk', ['party', 'version'])
    .execute();

  await db.schema
    .createTable('secretariat_notices')
    .addColumn('id', 'text', (column) => column.primaryKey().notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('signed', 'text', (column) => column.notNull())
    .addColumn('delivered_at', 'text')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['secretariat_notices', 'foreign_trust_lists', 'trust_list_versions', 'revocations', 'key_certificates', 'sign_in_attempts', 'sessions', 'users', 'authority']) {
    await db.schema.dropTable(table).execute();
  }
}
