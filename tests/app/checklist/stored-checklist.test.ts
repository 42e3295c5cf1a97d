// @vitest-environment node
// Node, not jsdom: checklist versions are hashed, and under jsdom typed arrays made by Node APIs fail `instanceof Uint8Array`.
import { describe, expect, it } from 'vitest';
import { checklistChanged, loadChecklist } from '../../../src/app/checklist/loadChecklist.ts';
import { heldChecklistInfo, heldChecklistVersion, readHeldChecklist, storeChecklist } from '../../../src/app/checklist/stored-checklist.ts';
import { openHornbillDb } from '../../../src/app/db/database.ts';
import { stageChecklistDownload, stageChecklistPage, stagedPageNumbers } from '../../../src/app/sync/checklist-staging.ts';
import { demoChecklistTaxa } from '../../../src/core/species/data/demo-checklist.ts';
import { makeChecklist } from '../../../src/core/species/checklist-version.ts';
import { searchSpecies } from '../../../src/core/species/search-index.ts';
import type { ChecklistDescriptor } from '../../../src/core/sync/checklist.ts';
import { syntheticChecklist } from '../../support/synthetic-checklist.ts';

let counter = 0;
const freshDb = () => openHornbillDb(`hornbill-checklist-${++counter}`);
const PUBLISHED = Date.UTC(2026, 10, 20);

describe('device database v9', () => {
  it('upgrades from v8 keeping the quota shares, and adds the checklist tables empty', async () => {
    const name = 'hornbill-upgrade-v9';
    const v8 = openHornbillDb(name, 8);
    await v8.quotaShares.put({ taxonId: 4595, year: 2026, amount: 5, unit: null });
    v8.close();
    const v9 = openHornbillDb(name, 9);
    await v9.open();
    expect(v9.verno).toBe(9);
    expect(await v9.quotaShares.get([4595, 2026])).toMatchObject({ amount: 5 });
    expect(await Promise.all([v9.checklistTaxa.count(), v9.checklistHeld.count(), v9.checklistDownload.count(), v9.checklistPages.count()])).toEqual([0, 0, 0, 0]);
    v9.close();
  });
});

describe('the checklist held on the device', () => {
  it('is the bundled one until one is stored, then the stored one, which loadChecklist serves after checklistChanged', async () => {
    const db = freshDb();
    const bundled = await makeChecklist(demoChecklistTaxa);
    expect(await heldChecklistInfo(db)).toEqual({ version: bundled.version, source: 'bundled', publishedAt: null, taxa: 298 });
    expect((await loadChecklist(db)).version).toBe(bundled.version);

    const stored = await makeChecklist(syntheticChecklist(50, 9));
    await storeChecklist(db, stored, PUBLISHED, PUBLISHED + 1);
    expect((await loadChecklist(db)).version).toBe(bundled.version); // kept in memory until told
    checklistChanged(db);
    const loaded = await loadChecklist(db);
    expect(loaded.version).toBe(stored.version);
    const [sought] = stored.taxa.slice(7);
    expect(sought && searchSpecies(loaded.index, sought.scientificName)[0]?.taxon.id).toBe(sought?.id);
    expect(await heldChecklistVersion(db)).toBe(stored.version);
    expect(await readHeldChecklist(db)).toEqual({ checklist: stored, source: 'stored', publishedAt: PUBLISHED });
  });

  it('falls back to the bundled checklist when the stored taxa do not hash to the version stored', async () => {
    const db = freshDb();
    const stored = await makeChecklist(syntheticChecklist(20, 4));
    await storeChecklist(db, stored, PUBLISHED, PUBLISHED);
    await db.checklistTaxa.delete(stored.taxa[3]?.id ?? 0);
    expect((await readHeldChecklist(db)).source).toBe('bundled');
  });

  it('ends a download when a checklist is stored', async () => {
    const db = freshDb();
    await db.transaction('rw', [db.checklistDownload, db.checklistPages], () => stageChecklistDownload(db, { version: 'b'.repeat(64), from: 'a'.repeat(64), taxa: 1, publishedAt: 1, pages: 2 }));
    await storeChecklist(db, await makeChecklist([]), PUBLISHED, PUBLISHED);
    expect([await db.checklistDownload.count(), await db.checklistPages.count()]).toEqual([0, 0]);
  });
});

describe('the staging area of a download', () => {
  const announced: ChecklistDescriptor = { version: 'b'.repeat(64), from: 'a'.repeat(64), taxa: 10, publishedAt: PUBLISHED, pages: 3 };
  const stage = (db: ReturnType<typeof freshDb>, descriptor: ChecklistDescriptor | null) =>
    db.transaction('rw', [db.checklistDownload, db.checklistPages], () => stageChecklistDownload(db, descriptor));

  it('keeps the pages held while HQ announces the same download, and drops them for another one or none', async () => {
    const db = freshDb();
    await stage(db, announced);
    await stageChecklistPage(db, announced, { page: 0, removedIds: [], upserted: [] });
    await stageChecklistPage(db, announced, { page: 1, removedIds: [], upserted: [] });
    await stage(db, { ...announced });
    expect([...(await stagedPageNumbers(db))]).toEqual([0, 1]);

    await stageChecklistPage(db, { ...announced, version: 'c'.repeat(64) }, { page: 2, removedIds: [], upserted: [] });
    expect([...(await stagedPageNumbers(db))]).toEqual([0, 1]); // a page of another download is not kept

    await stage(db, { ...announced, version: 'c'.repeat(64) });
    expect(await db.checklistPages.count()).toBe(0);
    expect((await db.checklistDownload.get('device'))?.version).toBe('c'.repeat(64));
    await stage(db, null);
    expect(await db.checklistDownload.count()).toBe(0);
  });
});
