import { Migrator, type Kysely } from 'kysely';
import type { Database } from './database.ts';
import { migrationProvider } from './migrations/index.ts';

/** Brings the schema to the latest migration; a no-op when it is already there. Throws if one fails. */
export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
