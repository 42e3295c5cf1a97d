// @vitest-environment node
// Node, not jsdom: checklist versions are hashed, and under jsdom typed arrays made by Node APIs fail `instanceof Uint8Array`.
import { describe, expect, it } from 'vitest';
import { checklistChanged, loadChecklist, onChecklistChanged } from '../../../src/app/checklist/loadChecklist.ts';
import { checkStoredChecklist, heldChecklistInfo, heldChecklistVersion, readHeldChecklist, readHeldTaxa, storeChecklist } from '../../../src/app/checklist/stored-checklist.ts';
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
const noPause = () => Promise.resolve();

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

  it('serves a stored checklist before hashing it, then drops it for the bundled one when its taxa no longer hash to its version', async () => {
    const db = freshDb();
    const bundled = await makeChecklist(demoChecklistTaxa);
    const stored = await makeChecklist(syntheticChecklist(20, 4));
    await storeChecklist(db, stored, PUBLISHED, PUBLISHED);
    const victim = stored.taxa[3];
    if (victim === undefined) throw new Error('no taxon');
    await db.checklistTaxa.put({ ...victim, scientificName: 'Alteratus alteratus' }); // same count, other content
    const dropped = new Promise<void>((resolve) => {
      const stop = onChecklistChanged(() => {
        stop();
        resolve();
      });
    });
    expect((await loadChecklist(db)).version).toBe(stored.version);
    await dropped;
    expect(await db.checklistHeld.count()).toBe(0);
    expect((await loadChecklist(db)).version).toBe(bundled.version);
    expect(await heldChecklistVersion(db)).toBe(bundled.version);
  });

  it('keeps an intact stored checklist after checking it, and a checklist stored while an older one was checked', async () => {
    const db = freshDb();
    const stored = await makeChecklist(syntheticChecklist(20, 5));
    await storeChecklist(db, stored, PUBLISHED, PUBLISHED);
    expect(await checkStoredChecklist(db, await readHeldTaxa(db), noPause)).toBe(true);
    const damaged = { version: stored.version, taxa: stored.taxa.slice(1), source: 'stored' as const };
    const newer = await makeChecklist(syntheticChecklist(30, 6));
    await storeChecklist(db, newer, PUBLISHED + 1, PUBLISHED + 1);
    expect(await checkStoredChecklist(db, damaged, noPause)).toBe(false);
    expect(await heldChecklistVersion(db)).toBe(newer.version);
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
