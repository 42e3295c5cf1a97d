// Checklist updates (docs/sync-protocol.md §Checklist): what a device on a slow link downloads for the real
// Species+ export (38,079 taxa, April 2017, from ../shared/data) when it holds the bundled demo checklist,
// and what applying and storing it costs on the device. HQ is the real code on a throwaway SQLite store (the
// bundled checklist published first, as in demo mode, then the export); the device is the app's code on
// Dexie over fake-indexeddb. Without ../shared/data, 38,079 synthetic taxa of the same shape stand in (far
// smaller: they have no annotation texts), and the rows say so.
import 'fake-indexeddb/auto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { loadChecklist } from '../../src/app/checklist/loadChecklist.ts';
import { storeChecklist } from '../../src/app/checklist/stored-checklist.ts';
import { openHornbillDb } from '../../src/app/db/database.ts';
import { applyChecklistDiff, makeChecklist, type Checklist } from '../../src/core/species/checklist-version.ts';
import { demoChecklistTaxa } from '../../src/core/species/data/demo-checklist.ts';
import { importSpeciesPlusIndex } from '../../src/core/species/speciesplus-import.ts';
import { checklistPageSchema, joinChecklistPages, type ChecklistPage } from '../../src/core/sync/checklist.ts';
import { decodeSyncMessage } from '../../src/core/sync/wire.ts';
import { migrateToLatest } from '../../src/server/store/migrate.ts';
import { openStore } from '../../src/server/store/open-store.ts';
import { checklistDownload } from '../../src/server/sync/checklist-downloads.ts';
import { publishChecklist } from '../../src/server/sync/checklist-store.ts';
import { syntheticChecklist } from '../../tests/support/synthetic-checklist.ts';
import type { BenchRow } from '../table.ts';

const REAL_EXPORT = fileURLToPath(new URL('../../../shared/data/species/Index_of_CITES_Species_2017-04-21_17-27.csv.gz', import.meta.url));
const TAXA = 38_079;
const KIB = 1024;

interface Target {
  readonly checklist: Checklist;
  readonly source: string;
  /** The gzip'd CSV export itself, when real: shipping it whole is the naive baseline. */
  readonly exportBytes: number | undefined;
}

async function target(): Promise<Target> {
  if (existsSync(REAL_EXPORT)) {
    const imported = await importSpeciesPlusIndex(gunzipSync(readFileSync(REAL_EXPORT)).toString('utf8'));
    if (imported.ok) return { checklist: imported.checklist, source: 'Species+ export', exportBytes: statSync(REAL_EXPORT).size };
  }
  return { checklist: await makeChecklist(syntheticChecklist(TAXA, 42)), source: 'synthetic: ../shared/data absent', exportBytes: undefined };
}

/** HQ's pages of the download from `from` to `to`, and how long the first request (diff, split, encode, gzip) took. */
async function hqPages(bundled: Checklist, to: Checklist): Promise<{ pages: readonly Uint8Array[]; firstRequestMs: number }> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'hornbill-bench-checklist-'));
  const store = await openStore({ dataDir, databaseUrl: undefined });
  try {
    await migrateToLatest(store.db);
    await publishChecklist(store.db, bundled, new Date());
    await publishChecklist(store.db, to, new Date());
    const start = performance.now();
    const download = await checklistDownload(store.db, bundled.version, to.version);
    const firstRequestMs = performance.now() - start;
    if (download === undefined) throw new Error('bench: the published checklist was not found');
    return { pages: download.pages, firstRequestMs };
  } finally {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * The device's work once every page is held: apply the diff to the bundled checklist, check the hash, store
 * it in one transaction; then what the first species search or rule check after it costs: read the stored
 * taxa, check them and their hash, build the search index and the lookup.
 */
async function applyStoreAndLoad(bundled: Checklist, pages: readonly ChecklistPage[]): Promise<{ applyMs: number; loadMs: number }> {
  const db = openHornbillDb(`hornbill-bench-checklist-${Date.now()}`);
  try {
    const start = performance.now();
    const first = pages[0];
    if (first === undefined) throw new Error('bench: no pages');
    const applied = await applyChecklistDiff(bundled, joinChecklistPages(first.from, first.to, pages));
    if (!applied.ok) throw new Error(applied.problem);
    await storeChecklist(db, applied.checklist, Date.now(), Date.now());
    const stored = performance.now();
    const loaded = await loadChecklist(db);
    if (loaded.version !== applied.checklist.version) throw new Error('bench: the stored checklist was not loaded');
    return { applyMs: stored - start, loadMs: performance.now() - stored };
  } finally {
    db.close();
    await db.delete();
  }
}

export async function checklistTransferRows(): Promise<BenchRow[]> {
  const bundled = await makeChecklist(demoChecklistTaxa);
  const { checklist, source, exportBytes } = await target();
  const { pages, firstRequestMs } = await hqPages(bundled, checklist);
  const wireBytes = pages.reduce((sum, page) => sum + page.length, 0);
  const decoded = pages.map((page, index) => {
    const message = decodeSyncMessage(checklistPageSchema, new Uint8Array(gunzipSync(page)), `page ${index}`);
    if (!message.ok) throw new Error(message.reason);
    return message.value;
  });
  const cborBytes = pages.reduce((sum, page) => sum + gunzipSync(page).length, 0);
  const { applyMs, loadMs } = await applyStoreAndLoad(bundled, decoded);
  const what = `${checklist.taxa.length.toLocaleString('en')} taxa, ${source}, full download from the bundled demo checklist`;
  return [
    { figure: `checklist download, pages (${what})`, value: pages.length, unit: 'pages', note: `pages of ≤ 1 MiB of taxa; ${Math.round(cborBytes / KIB).toLocaleString('en')} KiB of CBOR before gzip` },
    {
      figure: `checklist download, bytes on the wire, gzip (${what})`,
      value: wireBytes / KIB,
      unit: 'KiB',
      ...(exportBytes === undefined ? {} : { baseline: { label: 'the gzip’d Species+ CSV', value: exportBytes / KIB } }),
      note: `largest page ${Math.round(Math.max(...pages.map((page) => page.length)) / KIB)} KiB gzip, what one request costs on a 2G link`,
    },
    { figure: `checklist download, HQ's first request: diff, pages, gzip (${what})`, value: firstRequestMs, unit: 'ms', note: 'once per (from, to) per HQ process; later pages and devices are served from memory' },
    { figure: `checklist apply + hash check + store on the device (${what})`, value: applyMs, unit: 'ms', note: 'Dexie on fake-indexeddb under Node, one transaction; a browser’s IndexedDB has other costs' },
    { figure: `checklist load on the device: read, check, index (${what})`, value: loadMs, unit: 'ms', note: 'once per page load, on the first species search or rule check; Dexie on fake-indexeddb under Node' },
  ];
}
