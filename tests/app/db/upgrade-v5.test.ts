import { describe, expect, it } from 'vitest';
import { openHornbillDb } from '../../../src/app/db/database.ts';
import { readPreferences, updatePreferences } from '../../../src/app/db/preferences.ts';

describe('device database v5', () => {
  it('upgrades from v4 keeping everything, and adds the audit log tables', async () => {
    const name = 'hornbill-upgrade-v5';
    const v4 = openHornbillDb(name, 4);
    await updatePreferences(v4, { language: 'fr' });
    v4.close();

    const v5 = openHornbillDb(name, 5);
    await v5.open();
    expect(v5.verno).toBe(5);
    expect((await readPreferences(v5)).language).toBe('fr');
    expect(await v5.entries.count()).toBe(0);
    expect(v5.entries.schema.indexes.map((index) => index.name).sort()).toEqual(['[device+seq]', 'permit']);
    expect(v5.entries.schema.idxByName['[device+seq]']?.unique).toBe(true);
    expect(v5.chainHeads.schema.primKey.name).toBe('device');
    v5.close();
  });
});
