import { accessSync, constants, mkdirSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { configError } from '../config-error.ts';
import type { Database } from './database.ts';
import { describeError } from './describe-error.ts';
import { withStatementCache } from './sqlite-statement-cache.ts';
import type { Store } from './store.ts';

export const sqliteFileName = 'hornbill.sqlite';

/** Opens (creating if needed) the embedded database at `dataDir/hornbill.sqlite`. */
export function openSqlite(dataDir: string): Store {
  try {
    mkdirSync(dataDir, { recursive: true });
    accessSync(dataDir, constants.W_OK);
  } catch (error) {
    throw configError('DATA_DIR', `cannot use ${dataDir} as a writable directory (${describeError(error)})`);
  }
  const file = path.join(dataDir, sqliteFileName);
  let connection: SqliteDatabase.Database;
  try {
    connection = new SqliteDatabase(file);
    // WAL: readers never block the writer; busy_timeout: a second process waits instead of failing at once.
    connection.pragma('journal_mode = WAL');
    connection.pragma('foreign_keys = ON');
    connection.pragma('busy_timeout = 5000');
  } catch (error) {
    throw configError('DATA_DIR', `cannot open ${file} (${describeError(error)})`);
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(connection) }) });
  return { db, engine: 'sqlite', location: file, close: () => db.destroy() };
}
