// Demo mode publishes the checklist the app bundles as HQ's first version, so a demo tablet has nothing to
// download until an administrator imports a real Species+ export.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoChecklistTaxa } from '../../src/core/species/data/demo-checklist.ts';
import { makeChecklist } from '../../src/core/species/checklist-version.ts';
import { startDemo } from '../../src/server/demo/demo-start.ts';
import { migrateToLatest } from '../../src/server/store/migrate.ts';
import { readPublishedChecklist } from '../../src/server/sync/checklist-read.ts';
import { listChecklistVersions } from '../../src/server/sync/checklist-store.ts';
import { newerChecklist } from '../../src/server/sync/pull-documents.ts';
import { testPasswordIterations, testRootKeyLogN } from '../support/identity-fixture.ts';
import { testEngines, type FreshStore } from '../support/test-engines.ts';

const NOW = new Date('2026-11-26T09:00:00.000Z');

describe.each(testEngines())('the demo checklist on $engine', ({ skipReason, openFresh }) => {
  describe.skipIf(skipReason !== undefined)(skipReason ?? 'with a fresh database', () => {
    let fresh: FreshStore;
    let dataDir: string;

    beforeEach(async () => {
      fresh = await openFresh();
      await migrateToLatest(fresh.store.db);
      dataDir = await mkdtemp(path.join(tmpdir(), 'hornbill-demo-checklist-'));
    });
    afterEach(async () => {
      await fresh.dispose();
      await rm(dataDir, { recursive: true, force: true });
    });

    it('is HQ’s first published version, so a device holding the bundled checklist is told of nothing newer', async () => {
      await startDemo(fresh.store, dataDir, true, NOW, { passwordIterations: testPasswordIterations, rootKeyLogN: testRootKeyLogN, hqClock: () => NOW });
      const bundled = await makeChecklist(demoChecklistTaxa);
      expect(await listChecklistVersions(fresh.store.db)).toEqual([{ number: 1, version: bundled.version, publishedAt: NOW, taxa: 298 }]);
      expect(await readPublishedChecklist(fresh.store.db, bundled.version)).toEqual(bundled);
      expect(await newerChecklist(fresh.store.db, bundled.version)).toBeNull();
    });
  });
});
