import type { HornbillDb } from './database.ts';
import { storedPreferencesSchema, type StoredPreferences } from './preferences-schema.ts';

const emptyPreferences: StoredPreferences = { id: 'device' };

/** Reads this device's preferences; a record that fails validation (an older or tampered build) reads as empty. */
export async function readPreferences(db: HornbillDb): Promise<StoredPreferences> {
  const parsed = storedPreferencesSchema.safeParse(await db.preferences.get('device'));
  return parsed.success ? parsed.data : emptyPreferences;
}

/** Merges a change into the preferences record inside one transaction, validating the result before it is written. */
export async function updatePreferences(
  db: HornbillDb,
  change: Partial<Omit<StoredPreferences, 'id'>>,
): Promise<StoredPreferences> {
  return db.transaction('rw', db.preferences, async () => {
    const next = storedPreferencesSchema.parse({ ...(await readPreferences(db)), ...change, id: 'device' });
    await db.preferences.put(next);
    return next;
  });
}
