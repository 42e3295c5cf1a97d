import { beforeAll, describe, expect, it } from 'vitest';
import { boundedEditDistance } from '../../../src/core/species/edit-distance.ts';
import { importSpeciesPlusIndex } from '../../../src/core/species/speciesplus-import.ts';
import { buildSearchIndex, searchSpecies, type SpeciesSearchIndex } from '../../../src/core/species/search-index.ts';
import type { Taxon } from '../../../src/core/species/taxon.ts';
import { syntheticChecklist } from '../../support/synthetic-checklist.ts';
import { speciesPlusSampleCsv } from './fixture.ts';

function taxon(id: number, scientificName: string, names: Partial<Pick<Taxon, 'commonNames' | 'synonyms'>> = {}): Taxon {
  return {
    id,
    rank: 'SPECIES',
    scientificName,
    author: '',
    higherTaxa: { kingdom: 'Animalia', phylum: null, class: null, order: null, family: null, genus: null },
    listing: { appendices: ['II'], partlyNotListed: false, annotations: [], hashAnnotation: null, appendixIIIParties: [] },
    commonNames: names.commonNames ?? { en: [], fr: [], es: [] },
    synonyms: names.synonyms ?? [],
  };
}

const topName = (index: SpeciesSearchIndex, query: string): string | undefined => searchSpecies(index, query)[0]?.taxon.scientificName;

describe('boundedEditDistance', () => {
  it('counts substitutions, insertions, deletions and transpositions, up to the bound', () => {
    expect(boundedEditDistance('panthra', 'panthera', 1, false)).toBe(1);
    expect(boundedEditDistance('tgiris', 'tigris', 1, false)).toBe(1);
    expect(boundedEditDistance('kitten', 'sitting', 2, false)).toBe(3);
    expect(boundedEditDistance('kitten', 'sitting', 5, false)).toBe(3);
    expect(boundedEditDistance('lion', 'lion', 1, false)).toBe(0);
  });
  it('measures against the closest prefix for a word still being typed', () => {
    expect(boundedEditDistance('afr', 'africana', 1, true)).toBe(0);
    expect(boundedEditDistance('afirc', 'africana', 1, true)).toBe(1);
    expect(boundedEditDistance('loxdonta', 'loxodonta', 2, true)).toBe(1);
    expect(boundedEditDistance('zebra', 'africana', 1, true)).toBe(2);
  });
});

describe('searchSpecies on the sample checklist', () => {
  let index: SpeciesSearchIndex;
  beforeAll(async () => {
    const imported = await importSpeciesPlusIndex(speciesPlusSampleCsv);
    if (!imported.ok) throw new Error(imported.problem);
    index = buildSearchIndex(imported.checklist.taxa);
  });

  it('finds a scientific name from a prefix of its last word', () => {
    expect(searchSpecies(index, 'Loxodonta afr')[0]).toMatchObject({ taxon: { id: 4521 }, matchedKind: 'scientific', matchedName: 'Loxodonta africana', match: 'prefix' });
    expect(topName(index, 'lox')).toBe('Loxodonta africana');
  });

  it('tolerates a typo in scientific and common names', () => {
    expect(searchSpecies(index, 'Panthra tigris')[0]).toMatchObject({ taxon: { id: 6047 }, match: 'typo' });
    expect(topName(index, 'Pnthera tigirs')).toBe('Panthera tigris');
    expect(topName(index, 'elephnat')).toBe('Loxodonta africana');
    expect(topName(index, 'Loxodnta afric')).toBe('Loxodonta africana');
  });

  it('finds common names in English, French and Spanish, with or without accents', () => {
    for (const query of ['elephant', 'éléphant', 'ELEPHANT', 'elefante', 'Eléphant d’Afrique']) expect(topName(index, query)).toBe('Loxodonta africana');
    expect(searchSpecies(index, 'elefante')[0]).toMatchObject({ matchedKind: 'common-es', matchedName: 'Elefante africano' });
    expect(searchSpecies(index, 'loup gris')[0]).toMatchObject({ taxon: { id: 4442 }, matchedKind: 'common-fr', matchedName: 'Loup gris' });
    expect(searchSpecies(index, 'leon asiatico')[0]).toMatchObject({ taxon: { id: 12268 }, matchedKind: 'common-es', matchedName: 'León asiático' });
    expect(searchSpecies(index, 'orchids')[0]).toMatchObject({ taxon: { id: 12509 }, matchedKind: 'common-en' });
  });

  it('answers a synonym with its accepted taxon', () => {
    expect(searchSpecies(index, 'Loxodonta cyclotis')[0]).toMatchObject({ taxon: { scientificName: 'Loxodonta africana' }, matchedKind: 'synonym', matchedName: 'Loxodonta cyclotis' });
    expect(searchSpecies(index, 'Frigidorchis')[0]).toMatchObject({ taxon: { scientificName: 'Bhutanthera' }, matchedKind: 'synonym' });
    expect(searchSpecies(index, 'himalayensis')[0]?.taxon.scientificName).toBe('Canis lupus');
  });

  it('gives one hit per taxon and nothing for unknown words or empty queries', () => {
    const hits = searchSpecies(index, 'panthera');
    expect(hits.map((hit) => hit.taxon.id).sort((a, b) => a - b)).toEqual([6047, 12268]);
    expect(searchSpecies(index, 'zzzyzx')).toEqual([]);
    expect(searchSpecies(index, '  ,. ')).toEqual([]);
    expect(searchSpecies(index, 'wolf', 0)).toEqual([]);
  });
});

describe('searchSpecies ranking', () => {
  const index = buildSearchIndex([
    taxon(1, 'Tigrisoma lineatum'),
    taxon(2, 'Varanus tigres'),
    taxon(3, 'Archaius tigris'),
    taxon(4, 'Crocodylus niloticus'),
    taxon(5, 'Crocodylus suchus', { synonyms: [{ name: 'Crocodylus niloticus', author: 'Geoffroy, 1807' }] }),
    taxon(6, 'Panthera leo persica'),
    taxon(7, 'Panthera leo'),
    taxon(8, 'Gazella dorcas', { commonNames: { en: ['Dorcas Gazelle'], fr: [], es: [] } }),
    taxon(9, 'Dorcas tigris', { synonyms: [{ name: 'Dorcas gazella', author: '' }] }),
    taxon(10, 'Nanger dama', { commonNames: { en: [], fr: [], es: ['Gazella dama'] } }),
  ]);

  it('puts exact matches before prefixes, and prefixes before typos', () => {
    expect(searchSpecies(index, 'tigris ').map((hit) => [hit.taxon.id, hit.match])).toEqual([[3, 'exact'], [9, 'exact'], [1, 'prefix'], [2, 'typo']]);
  });

  it('puts the accepted name above a synonym spelt the same', () => {
    expect(searchSpecies(index, 'Crocodylus niloticus').map((hit) => [hit.taxon.id, hit.matchedKind])).toEqual([[4, 'scientific'], [5, 'synonym']]);
  });

  it('puts a whole-name match above a longer name that contains it', () => {
    expect(searchSpecies(index, 'Panthera leo').map((hit) => hit.taxon.id)).toEqual([7, 6]);
  });

  it('puts accepted names, then common names, then synonyms when all match alike', () => {
    expect(searchSpecies(index, 'dorcas gazell').map((hit) => [hit.taxon.id, hit.matchedKind])).toEqual([[8, 'scientific'], [9, 'synonym']]);
    expect(searchSpecies(index, 'gazella').map((hit) => [hit.taxon.id, hit.matchedKind])).toEqual([[8, 'scientific'], [10, 'common-es'], [9, 'synonym']]);
  });
});

describe('searchSpecies over 40,000 synthetic taxa', () => {
  const taxa = syntheticChecklist(40_000, 42);
  const index = buildSearchIndex(taxa);

  it('finds names typed with a typo or cut short among many similar ones', () => {
    for (const target of [taxa[1234], taxa[20_000], taxa[39_999]]) {
      if (target === undefined) throw new Error('synthetic checklist too short');
      const name = target.scientificName;
      expect(searchSpecies(index, name, 5).map((hit) => hit.taxon.id)).toContain(target.id);
      expect(searchSpecies(index, `${name.slice(0, 2)}${name.slice(3)}`, 20).map((hit) => hit.taxon.id)).toContain(target.id);
      expect(searchSpecies(index, name.slice(0, name.length - 2), 50).map((hit) => hit.taxon.id)).toContain(target.id);
    }
  });

  it('returns at most the limit, best first', () => {
    const hits = searchSpecies(index, 'a', 20);
    expect(hits).toHaveLength(20);
    expect(new Set(hits.map((hit) => hit.taxon.id)).size).toBe(20);
  });
});
