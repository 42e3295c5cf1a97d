import { describe, expect, it } from 'vitest';
import { openHornbillDb } from '../../../src/app/db/database.ts';
import { noFilters, queryPermits } from '../../../src/app/db/permit-query.ts';
import { claimUnownedPermits, readPermit } from '../../../src/app/db/permits.ts';
import { readPreferences, updatePreferences } from '../../../src/app/db/preferences.ts';
import { permitIndexKeys } from '../../../src/app/db/permit-index-keys.ts';
import { PERMIT_FORMAT } from '../../../src/core/permit/model/permit.ts';
import type { PermitDraft } from '../../../src/core/permit/model/permit-draft.ts';

const draft: PermitDraft = { format: PERMIT_FORMAT, id: 'draft-from-v3', status: 'draft', importer: { name: 'Tierpark Nord', country: 'DE' } };

describe('device database v4', () => {
  it('upgrades from v3 keeping permits and preferences; old drafts belong to no one until the first user claims them', async () => {
    const name = 'hornbill-test-v4-upgrade';
    const v3 = openHornbillDb(name, 3);
    await updatePreferences(v3, { language: 'fr' });
    const at = '2026-11-20T10:00:00.000Z';
    await v3.permits.put({ id: draft.id, status: 'draft', createdAt: at, updatedAt: at, content: draft, ...permitIndexKeys(draft) });
    v3.close();

    const v4 = openHornbillDb(name, 4);
    await v4.open();
    expect(v4.verno).toBe(4);
    expect((await readPreferences(v4)).language).toBe('fr');
    expect(await v4.permits.count()).toBe(1);
    expect(await v4.accounts.count()).toBe(0);
    expect(await v4.trustLists.count()).toBe(0);
    expect(v4.permits.schema.indexes.map((index) => index.name)).toEqual(expect.arrayContaining(['userId', '[userId+updatedAt]', '[userId+status+updatedAt]']));

    expect((await queryPermits(v4, 'user-amina', noFilters, 0, 25)).rows).toEqual([]);
    expect(await readPermit(v4, draft.id, 'user-amina')).toBeUndefined();

    expect(await claimUnownedPermits(v4, 'user-amina')).toBe(1);
    expect((await queryPermits(v4, 'user-amina', noFilters, 0, 25)).rows.map((row) => row.id)).toEqual([draft.id]);
    expect((await queryPermits(v4, 'user-baraka', noFilters, 0, 25)).rows).toEqual([]);
    expect(await readPermit(v4, draft.id, 'user-baraka')).toBeUndefined();
    v4.close();
  });
});
