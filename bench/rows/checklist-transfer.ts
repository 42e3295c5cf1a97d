// Checklist updates (docs/sync-protocol.md §Checklist): what a device on a slow link downloads for the real
// Species+ export (38,079 taxa, April 2017, from ../shared/data) when it holds the bundled demo checklist,
// and what applying and storing it costs on the device; at HQ, what publishing the export costs (diffs and
// pages built and stored) and what serving one page then costs. HQ is the real code on a throwaway SQLite
// store (the bundled checklist published first, as in demo mode, then the export); the device is the app's code on
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
import { handleChecklistPage } from '../../src/server/sync/checklist-page-request.ts';
import { readPublishedChecklist } from '../../src/server/sync/checklist-read.ts';
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
  /** Reading the real export (gunzip, strict import): what `hornbill checklist import` does before publishing. */
  readonly importMs: number | undefined;
}

async function target(): Promise<Target> {
  if (existsSync(REAL_EXPORT)) {
    const start = performance.now();
    const imported = await importSpeciesPlusIndex(gunzipSync(readFileSync(REAL_EXPORT)).toString('utf8'));
    const importMs = performance.now() - start;
    if (imported.ok) return { checklist: imported.checklist, source: 'Species+ export', exportBytes: statSync(REAL_EXPORT).size, importMs };
  }
  return { checklist: await makeChecklist(syntheticChecklist(TAXA, 42)), source: 'synthetic: ../shared/data absent', exportBytes: undefined, importMs: undefined };
}

interface HqFigures {
  /** The pages a device holding the bundled checklist downloads, as HQ serves them (gzip'd CBOR). */
  readonly pages: readonly Uint8Array[];
  readonly decoded: readonly ChecklistPage[];
  /** Publishing `to`: its row, and the diffs and pages of its downloads built and stored in one transaction. */
  readonly publishMs: number;
  /** Serving one page (median over the download's pages): one stored row read. */
  readonly servePageMs: number;
  /** Reading the published checklist back whole: where serving started before pages were stored. */
  readonly readBackMs: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** At HQ: publish the bundled checklist (as demo mode does), then `to`, timed; then serve the download page by page. */
async function hqFigures(bundled: Checklist, to: Checklist): Promise<HqFigures> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'hornbill-bench-checklist-'));
  const store = await openStore({ dataDir, databaseUrl: undefined });
  try {
    await migrateToLatest(store.db);
    await publishChecklist(store.db, bundled, new Date());
    const publishStart = performance.now();
    await publishChecklist(store.db, to, new Date());
    const publishMs = performance.now() - publishStart;
    const pages: Uint8Array[] = [];
    const decoded: ChecklistPage[] = [];
    const serveMs: number[] = [];
    for (let page = 0; page < (decoded[0]?.pages ?? 1); page++) {
      const request = { v: 1, device: 'T3F', nonce: new Uint8Array(16), sentAt: Date.now(), pending: 0, kind: 'checklist', checklist: { from: bundled.version, to: to.version, page } } as const;
      const start = performance.now();
      const answer = await handleChecklistPage(store.db, request);
      serveMs.push(performance.now() - start);
      if (!answer.ok) throw new Error(`bench: page ${page}: ${answer.message}`);
      const message = decodeSyncMessage(checklistPageSchema, new Uint8Array(gunzipSync(answer.gzipped)), `page ${page}`);
      if (!message.ok) throw new Error(message.reason);
      pages.push(answer.gzipped);
      decoded.push(message.value);
    }
    const readStart = performance.now();
    if ((await readPublishedChecklist(store.db, to.version)) === undefined) throw new Error('bench: the published checklist was not found');
    return { pages, decoded, publishMs, servePageMs: median(serveMs), readBackMs: performance.now() - readStart };
  } finally {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * The device's work once every page is held: apply the diff to the bundled checklist, check the hash, store
 * it in one transaction; then what the first species search or rule check after it costs: read the stored
 * taxa, check them against the schema, build the search index and the lookup (the hash is checked after).
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
  const { checklist, source, exportBytes, importMs } = await target();
  const { pages, decoded, publishMs, servePageMs, readBackMs } = await hqFigures(bundled, checklist);
  const wireBytes = pages.reduce((sum, page) => sum + page.length, 0);
  const cborBytes = pages.reduce((sum, page) => sum + gunzipSync(page).length, 0);
  const { applyMs, loadMs } = await applyStoreAndLoad(bundled, decoded);
  const what = `${checklist.taxa.length.toLocaleString('en')} taxa, ${source}, download from the bundled demo checklist`;
  return [
    { figure: `checklist download, pages (${what})`, value: pages.length, unit: 'pages', note: `pages of ≤ 1 MiB of taxa; ${Math.round(cborBytes / KIB).toLocaleString('en')} KiB of CBOR before gzip` },
    {
      figure: `checklist download, bytes on the wire, gzip (${what})`,
      value: wireBytes / KIB,
      unit: 'KiB',
      ...(exportBytes === undefined ? {} : { baseline: { label: 'the gzip’d Species+ CSV', value: exportBytes / KIB } }),
      note: `largest page ${Math.round(Math.max(...pages.map((page) => page.length)) / KIB)} KiB gzip, what one request costs on a 2G link`,
    },
    {
      figure: `checklist publish at HQ: diff + pages, stored (${what})`,
      value: publishMs,
      unit: 'ms',
      ...(importMs === undefined ? {} : { baseline: { label: 'reading the export: gunzip + strict import', value: importMs } }),
      note: 'hornbill checklist import, offline, once per version: two downloads (the full one, and the diff from the bundled checklist published first) built and stored in the version’s transaction',
    },
    {
      figure: `checklist serve one page at HQ: read one stored row (${what})`,
      value: servePageMs,
      unit: 'ms',
      baseline: { label: 'reading the published checklist back whole', value: readBackMs },
      note: `median of the ${pages.length} pages; no diff, no taxa parsed; the baseline is the first step the former on-request diff took, twice`,
    },
    { figure: `checklist apply + hash check + store on the device (${what})`, value: applyMs, unit: 'ms', note: 'Dexie on fake-indexeddb under Node, one transaction; a browser’s IndexedDB has other costs' },
    { figure: `checklist load on the device: read, schema check, index (${what})`, value: loadMs, unit: 'ms', note: 'once per page load, on the first species search or rule check; the hash is checked afterwards, 500 taxa between tasks; Dexie on fake-indexeddb under Node' },
  ];
}
