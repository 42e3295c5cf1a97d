import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { configError } from '../config-error.ts';
import { redactPasswordIn, redactUrl } from '../redact-url.ts';
import type { Database } from './database.ts';
import { describeError } from './describe-error.ts';
import type { Store } from './store.ts';

/** Connects to PostgreSQL and proves the connection works, so a bad URL fails at start, not on first use. */
export async function openPostgres(databaseUrl: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
  // pg drops a broken idle client from the pool by itself; without a listener the 'error' event would
  // crash the process. The next query reconnects, and a lasting outage shows as a failing health check.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy();
    const reason = redactPasswordIn(describeError(error), databaseUrl);
    throw configError('DATABASE_URL', `cannot connect to ${redactUrl(databaseUrl)} (${reason})`);
  }
  return { db, engine: 'postgres', location: describePostgresLocation(databaseUrl), close: () => db.destroy() };
}

function describePostgresLocation(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  const port = url.port === '' ? '' : `:${url.port}`;
  return `${url.hostname}${port}${url.pathname}`;
}
