import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { importSpeciesPlusIndex } from '../../../src/core/species/speciesplus-import.ts';
import { buildSearchIndex, searchSpecies } from '../../../src/core/species/search-index.ts';

const realExport = new URL('../../../../shared/data/species/Index_of_CITES_Species_2017-04-21_17-27.csv.gz', import.meta.url);

describe('importSpeciesPlusIndex on the real Species+ export', () => {
  // The export may not be redistributed (Species+ terms), so it lives outside the repository, in
  // ../shared/data on development machines only; a fresh clone skips this test and relies on the sample.
  it.runIf(existsSync(realExport))('imports all 38,079 taxa of the 2017-04-21 index', { timeout: 60_000 }, async () => {
    const result = await importSpeciesPlusIndex(gunzipSync(readFileSync(realExport)).toString('utf8'));
    if (!result.ok) throw new Error(`line ${result.line}: ${result.problem}`);
    const { taxa } = result.checklist;
    expect(taxa).toHaveLength(38_079);
    const byName = new Map(taxa.map((taxon) => [taxon.scientificName, taxon]));

    const elephant = byName.get('Loxodonta africana');
    expect(elephant).toMatchObject({ id: 4521, rank: 'SPECIES', listing: { appendices: ['I', 'II'] }, synonyms: [{ name: 'Loxodonta cyclotis' }] });
    expect(elephant?.commonNames.fr).toContain("Eléphant d'Afrique");
    expect(byName.get('Panthera tigris')).toMatchObject({ id: 6047, listing: { appendices: ['I'] }, commonNames: { en: ['Tiger'], es: ['Tigre'], fr: ['Tigre'] } });
    expect(byName.get('Dalbergia')?.listing.hashAnnotation?.symbol).toBe('#15');
    expect(byName.get('Orchidaceae')?.rank).toBe('FAMILY');
    expect(byName.get('Canis lupus')?.synonyms.map((synonym) => synonym.name)).toContain('Canis himalayensis');
    expect(taxa.filter((taxon) => taxon.listing.appendices.includes('III')).length).toBeGreaterThan(200);

    const index = buildSearchIndex(taxa);
    expect(searchSpecies(index, 'Panthra tigris')[0]?.taxon.id).toBe(6047);
    expect(searchSpecies(index, 'Loxodonta afr')[0]?.taxon.id).toBe(4521);
  });
});
