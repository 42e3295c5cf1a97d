import { loadConfig } from '../config.ts';
import { isIdentityError } from '../identity/identity-error.ts';
import { migrateToLatest } from '../store/migrate.ts';
import { openStore } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';

/**
 * Opens and migrates the store that `hornbill serve` would use (DATA_DIR / DATABASE_URL), runs the action,
 * closes the store. An IdentityError (a refusal such as "init runs only once") becomes one stderr line, exit 1.
 */
export async function withStore(action: (store: Store) => Promise<number>): Promise<number> {
  const store = await openStore(loadConfig(process.env, process.cwd()));
  try {
    await migrateToLatest(store.db);
    return await action(store);
  } catch (error) {
    if (!isIdentityError(error)) throw error;
    process.stderr.write(`hornbill: ${error.message}\n`);
    return 1;
  } finally {
    await store.close();
  }
}
