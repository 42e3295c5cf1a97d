import type { Config } from '../config.ts';
import { openPostgres } from './open-postgres.ts';
import { openSqlite } from './open-sqlite.ts';
import type { Store } from './store.ts';

/**
 * Opens the configured engine: PostgreSQL when DATABASE_URL is set, else SQLite in DATA_DIR.
 * Throws a ConfigError naming DATA_DIR or DATABASE_URL when that fails. Does not migrate: see migrate.ts.
 */
export async function openStore(config: Pick<Config, 'dataDir' | 'databaseUrl'>): Promise<Store> {
  return config.databaseUrl === undefined ? openSqlite(config.dataDir) : openPostgres(config.databaseUrl);
}
