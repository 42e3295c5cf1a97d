// Species search per keystroke (DESIGN §11: ≤ 10 ms over 40,000 taxa): every prefix of a set of names
// typed letter by letter, plus typos, over the real Species+ export when ../shared/data has it (38,079
// taxa, April 2017), else 40,000 synthetic taxa of the same shape. Baseline, in the same run: a linear
// scan over every name with String.includes, which is what a form without an index would do.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { buildSearchIndex, searchSpecies } from '../../src/core/species/search-index.ts';
import { importSpeciesPlusIndex } from '../../src/core/species/speciesplus-import.ts';
import type { Taxon } from '../../src/core/species/taxon.ts';
import { syntheticChecklist } from '../../tests/support/synthetic-checklist.ts';
import type { BenchRow } from '../table.ts';
import { median } from '../table.ts';

const REAL_EXPORT = fileURLToPath(new URL('../../../shared/data/species/Index_of_CITES_Species_2017-04-21_17-27.csv.gz', import.meta.url));
const SYNTHETIC_COUNT = 40_000;
const RESULT_LIMIT = 20;
/** Names typed letter by letter: one in this many taxa. */
const TYPED_EVERY = 2_000;

async function benchTaxa(): Promise<{ taxa: readonly Taxon[]; source: string }> {
  if (existsSync(REAL_EXPORT)) {
    const imported = await importSpeciesPlusIndex(gunzipSync(readFileSync(REAL_EXPORT)).toString('utf8'));
    if (imported.ok) return { taxa: imported.checklist.taxa, source: 'Species+ export' };
  }
  return { taxa: syntheticChecklist(SYNTHETIC_COUNT, 42), source: 'synthetic' };
}

/** What an official types: every prefix (from 2 letters) of scientific and English common names, and each with two letters swapped. */
function keystrokeQueries(taxa: readonly Taxon[]): string[] {
  const names = taxa.filter((_, i) => i % TYPED_EVERY === 0).flatMap((taxon) => [taxon.scientificName, ...taxon.commonNames.en.slice(0, 1)]);
  const typo = (name: string) => (name.length < 5 ? name : `${name.slice(0, 2)}${name.charAt(3)}${name.charAt(2)}${name.slice(4)}`);
  return names.flatMap((name) => [name, typo(name)].flatMap((typed) => Array.from({ length: typed.length - 1 }, (_, i) => typed.slice(0, i + 2))));
}

/** The naive baseline: every name of every taxon, lower-cased once, scanned with includes on each keystroke. */
function linearScan(taxa: readonly Taxon[]): (query: string) => Taxon[] {
  const names = taxa.map((taxon) =>
    [taxon.scientificName, ...taxon.synonyms.map((s) => s.name), ...taxon.commonNames.en, ...taxon.commonNames.fr, ...taxon.commonNames.es].map((n) => n.toLowerCase()),
  );
  return (query) => {
    const typed = query.toLowerCase();
    return taxa.filter((_, i) => (names[i] ?? []).some((name) => name.includes(typed))).slice(0, RESULT_LIMIT);
  };
}

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? NaN;
}

function timesPerQuery(queries: readonly string[], search: (query: string) => unknown): number[] {
  for (const query of queries.slice(0, 50)) search(query); // warm up the JIT
  return queries.map((query) => {
    const start = performance.now();
    search(query);
    return performance.now() - start;
  });
}

export async function speciesSearchRows(): Promise<BenchRow[]> {
  const { taxa, source } = await benchTaxa();
  const index = buildSearchIndex(taxa);
  const queries = keystrokeQueries(taxa);
  const indexed = timesPerQuery(queries, (query) => searchSpecies(index, query, RESULT_LIMIT));
  const scanned = timesPerQuery(queries, linearScan(taxa));
  const what = `${taxa.length.toLocaleString('en')} taxa, ${source}`;
  const note = `${queries.length} keystrokes: names typed letter by letter, with and without a typo; the baseline finds no typos`;
  return [
    { figure: `species search, median per keystroke (${what})`, value: median(indexed), unit: 'ms', budget: { max: 10 }, baseline: { label: 'linear scan', value: median(scanned) }, note },
    { figure: `species search, p95 per keystroke (${what})`, value: percentile(indexed, 0.95), unit: 'ms', budget: { max: 10 }, baseline: { label: 'linear scan', value: percentile(scanned, 0.95) } },
  ];
}
