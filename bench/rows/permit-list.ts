// The device's permit list with 50,000 permits (DESIGN §11: first page ≤ 100 ms): queryPermits, as the list
// screen calls it (25 rows a page), on a Dexie database holding 50,000 permits of varied status, type, date,
// species, Parties and names. Dexie runs on fake-indexeddb under Node; a browser's IndexedDB has other costs.
// Baseline, in the same run: the naive list — read every row, filter, sort by last change, take the page.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { openHornbillDb, type HornbillDb } from '../../src/app/db/database.ts';
import { permitIndexKeys } from '../../src/app/db/permit-index-keys.ts';
import { noFilters, queryPermits, type PermitFilters } from '../../src/app/db/permit-query.ts';
import type { PermitRecord } from '../../src/app/db/permit-record.ts';
import { isVisibleTo } from '../../src/app/db/permit-visibility.ts';
import { countryCodeSchema } from '../../src/core/codes/schemas.ts';
import { PERMIT_STATES } from '../../src/core/permit/lifecycle.ts';
import { permitDraftSchema, type PermitDraft } from '../../src/core/permit/model/permit-draft.ts';
import { demoChecklistTaxa } from '../../src/core/species/data/demo-checklist.ts';
import { medianMs, type BenchRow } from '../table.ts';

const PERMITS = 50_000;
const PAGE_SIZE = 25;
const RUNS = 15;
const USER = 'amina';
const FIXTURE = new URL('../../tests/fixtures/permits/valid-export.json', import.meta.url);
const IMPORTERS = ['Vogelpark Leipzig GmbH', 'Zoo de Beauval', 'Singapore Bird Park', 'Reptilia Madrid SL', 'Tokyo Aquatic Imports KK', 'Pretoria Herp Society'];
const PARTIES = (['DE', 'FR', 'SG', 'ES', 'JP', 'ZA', 'US', 'GB'] as const).map((code) => countryCodeSchema.parse(code));
const DOCUMENT_TYPES = ['export-permit', 're-export-certificate', 'import-permit'] as const;

function permitAt(index: number, base: PermitDraft): PermitRecord {
  const taxon = demoChecklistTaxa[index % demoChecklistTaxa.length];
  const status = PERMIT_STATES[index % PERMIT_STATES.length] ?? 'issued';
  const updatedAt = new Date(Date.UTC(2026, 0, 1) + index * 600_000).toISOString();
  const content: PermitDraft = {
    ...base,
    id: `00000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`,
    status,
    number: `KE26-T3F-${String(index).padStart(5, '0')}-O`,
    document: { type: DOCUMENT_TYPES[index % DOCUMENT_TYPES.length] ?? 'export-permit' },
    importer: { ...base.importer, name: IMPORTERS[index % IMPORTERS.length] ?? '', country: PARTIES[index % PARTIES.length] },
    // 1 permit in 25 (2,000): the most candidates the list reads whole, its slowest word filter.
    exporter: { ...base.exporter, name: index % 25 === 0 ? 'Kisumu Traders' : (base.exporter?.name ?? '') },
    lineItems: (base.lineItems ?? []).slice(0, 1).map((item) => ({ ...item, taxon: { taxonId: taxon?.id ?? 1, scientificName: taxon?.scientificName ?? '', commonName: taxon?.commonNames.en[0] ?? '' } })),
  };
  return { id: content.id ?? '', userId: USER, status, createdAt: updatedAt, updatedAt, content, ...permitIndexKeys(content) };
}

async function filledDatabase(): Promise<HornbillDb> {
  const db = openHornbillDb(`bench-permit-list-${Date.now()}`);
  const base = permitDraftSchema.parse(JSON.parse(readFileSync(FIXTURE, 'utf8')));
  for (let start = 0; start < PERMITS; start += 5_000) {
    await db.permits.bulkPut(Array.from({ length: Math.min(5_000, PERMITS - start) }, (_, offset) => permitAt(start + offset, base)));
  }
  return db;
}

/** The naive list: every row read, the visible ones sorted by last change, newest first. */
async function naiveFirstPage(db: HornbillDb): Promise<PermitRecord[]> {
  const rows = (await db.permits.toArray()).filter((row) => isVisibleTo(row, USER));
  return rows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, PAGE_SIZE);
}

export async function permitListRows(): Promise<BenchRow[]> {
  const db = await filledDatabase();
  try {
    const naive = await medianMs(3, () => naiveFirstPage(db), 1);
    const baseline = { label: 'naive: read all 50,000, filter, sort, slice (median of 3)', value: naive };
    const firstPage = (filters: PermitFilters) => medianMs(RUNS, () => queryPermits(db, USER, filters, 0, PAGE_SIZE), 1);
    const taxonId = demoChecklistTaxa[7]?.id ?? 1;
    return [
      { figure: `permit list, ${PERMITS.toLocaleString('en')} permits: first page of ${PAGE_SIZE}, no filter`, value: await firstPage(noFilters), unit: 'ms', budget: { max: 100 }, baseline, note: `queryPermits on fake-indexeddb under Node, median of ${RUNS}; the permits vary in status, type, date, species (${demoChecklistTaxa.length} taxa), Party and importer` },
      { figure: `permit list, ${PERMITS.toLocaleString('en')} permits: first page, status filter`, value: await firstPage({ ...noFilters, status: 'issued' }), unit: 'ms', baseline },
      { figure: `permit list, ${PERMITS.toLocaleString('en')} permits: first page, one word (an importer's, 1 permit in ${IMPORTERS.length})`, value: await firstPage({ ...noFilters, text: 'beauval' }), unit: 'ms', baseline },
      { figure: `permit list, ${PERMITS.toLocaleString('en')} permits: first page, one word (an exporter's, 1 permit in 25)`, value: await firstPage({ ...noFilters, text: 'kisumu' }), unit: 'ms', baseline },
      { figure: `permit list, ${PERMITS.toLocaleString('en')} permits: first page, one species (1 permit in ${demoChecklistTaxa.length})`, value: await firstPage({ ...noFilters, speciesId: taxonId }), unit: 'ms', baseline },
    ];
  } finally {
    db.close();
  }
}
