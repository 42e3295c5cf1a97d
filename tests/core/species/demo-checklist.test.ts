import { describe, expect, it } from 'vitest';
import { demoChecklistTaxa } from '../../../src/core/species/data/demo-checklist.ts';
import { makeChecklist } from '../../../src/core/species/checklist-version.ts';
import { buildSearchIndex, searchSpecies } from '../../../src/core/species/search-index.ts';
import { taxonSchema } from '../../../src/core/species/taxon.ts';

describe('the demo checklist', () => {
  it('holds at most 300 valid taxa with unique ids', async () => {
    expect(demoChecklistTaxa.length).toBeGreaterThan(100);
    expect(demoChecklistTaxa.length).toBeLessThanOrEqual(300);
    for (const taxon of demoChecklistTaxa) expect(taxonSchema.parse(taxon)).toEqual(taxon);
    expect((await makeChecklist(demoChecklistTaxa)).taxa).toHaveLength(demoChecklistTaxa.length);
  });

  it('holds facts only: no annotation text', () => {
    for (const taxon of demoChecklistTaxa) {
      expect(taxon.listing.annotations).toEqual([]);
      expect(taxon.listing.hashAnnotation).toBeNull();
    }
  });

  it('covers the well-known listed taxa a demo officer will type', () => {
    const index = buildSearchIndex(demoChecklistTaxa);
    expect(searchSpecies(index, 'african elephant')[0]?.taxon.scientificName).toBe('Loxodonta africana');
    expect(searchSpecies(index, 'tigre')[0]?.taxon.scientificName).toBe('Panthera tigris');
    expect(searchSpecies(index, 'pangolin').length).toBeGreaterThanOrEqual(4);
    expect(searchSpecies(index, 'Dalbergia nigra')[0]?.taxon.listing.appendices).toEqual(['I']);
    expect(demoChecklistTaxa.some((taxon) => taxon.listing.appendixIIIParties.length > 0)).toBe(true);
  });
});
