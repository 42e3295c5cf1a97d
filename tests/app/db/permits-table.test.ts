import { describe, expect, it } from 'vitest';
import type { DBCore } from 'dexie';
import { openHornbillDb } from '../../../src/app/db/database.ts';
import { readPreferences, updatePreferences } from '../../../src/app/db/preferences.ts';
import { readPermit, saveDraft } from '../../../src/app/db/permits.ts';
import { StorageFullError } from '../../../src/app/db/storage-full.ts';
import { PERMIT_FORMAT } from '../../../src/core/permit/model/permit.ts';
import type { PermitDraft } from '../../../src/core/permit/model/permit-draft.ts';

const owner = 'user-amina';

let counter = 0;
const freshName = () => `hornbill-permits-test-${++counter}`;
const id = '0b6f5a52-8d1c-4d47-9a57-0f1a3c9e0b11';
const draft = (importerName: string): PermitDraft => ({
  format: PERMIT_FORMAT,
  id,
  importer: { name: importerName, country: 'DE' },
  exporter: { country: 'KE' },
  lineItems: [{ taxon: { taxonId: 3570, scientificName: 'Ursus thibetanus', commonName: 'Asian Black Bear' } }],
});

describe('device database v3', () => {
  it('upgrades from v2 keeping the preferences, and adds the permits table', async () => {
    const name = freshName();
    const v2 = openHornbillDb(name, 2);
    await updatePreferences(v2, { language: 'es', persistenceRequest: { requestedAt: '2026-11-01T08:00:00.000Z', granted: true } });
    v2.close();

    const v3 = openHornbillDb(name, 3);
    await v3.open();
    expect(v3.verno).toBe(3);
    expect(await readPreferences(v3)).toEqual({
      id: 'device',
      language: 'es',
      persistenceRequest: { requestedAt: '2026-11-01T08:00:00.000Z', granted: true },
    });
    expect(await v3.permits.count()).toBe(0);
    expect(v3.permits.schema.indexes.map((index) => index.name).sort()).toEqual(
      ['[status+updatedAt]', 'documentType', 'parties', 'searchWords', 'speciesIds', 'status', 'updatedAt'].sort(),
    );
    v3.close();
  });

  it('stores a draft with the keys the list is searched by, and keeps its creation time', async () => {
    const db = openHornbillDb(freshName());
    await saveDraft(db, draft('Tierpark'), new Date('2026-11-20T10:00:00Z'), owner);
    const saved = await saveDraft(db, draft('Tierpark Nord'), new Date('2026-11-21T10:00:00Z'), owner);
    expect(saved).toMatchObject({
      status: 'draft',
      createdAt: '2026-11-20T10:00:00.000Z',
      updatedAt: '2026-11-21T10:00:00.000Z',
      speciesIds: [3570],
      parties: ['DE', 'KE'],
    });
    expect(saved.searchWords).toEqual(expect.arrayContaining(['tierpark', 'nord', 'ursus', 'thibetanus', 'asian', 'black', 'bear']));
    expect((await readPermit(db, id, owner))?.content.importer?.name).toBe('Tierpark Nord');
    db.close();
  });

  it('reports a full disk as StorageFullError and leaves the stored draft whole', async () => {
    const name = freshName();
    const before = openHornbillDb(name);
    await saveDraft(before, draft('Before'), new Date('2026-11-20T10:00:00Z'), owner);
    before.close();
    const db = openHornbillDb(name);
    // The browser refuses the write as a full disk does: the transaction aborts with QuotaExceededError.
    db.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (tableName) => ({
          ...down.table(tableName),
          mutate: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
        }),
      }),
    });
    await expect(saveDraft(db, draft('After'), new Date('2026-11-21T10:00:00Z'), owner)).rejects.toBeInstanceOf(StorageFullError);
    const kept = await readPermit(db, id, owner);
    expect(kept?.content.importer?.name).toBe('Before');
    expect(kept?.updatedAt).toBe('2026-11-20T10:00:00.000Z');
    db.close();
  });
});
