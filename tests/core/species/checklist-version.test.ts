import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyChecklistDiff, checklistDiffSchema, checklistVersionInSlices, diffChecklists, makeChecklist,
} from '../../../src/core/species/checklist-version.ts';
import type { Taxon } from '../../../src/core/species/taxon.ts';
import { syntheticChecklist } from '../../support/synthetic-checklist.ts';

const word = fc.string({ minLength: 1, maxLength: 12 });
const taxonArbitrary = (id: number): fc.Arbitrary<Taxon> =>
  fc.record({
    id: fc.constant(id),
    rank: fc.constantFrom('GENUS', 'SPECIES', 'SUBSPECIES'),
    scientificName: word,
    author: fc.string(),
    higherTaxa: fc.record({
      kingdom: fc.constantFrom('Animalia', 'Plantae'),
      phylum: fc.option(word), class: fc.option(word), order: fc.option(word), family: fc.option(word), genus: fc.option(word),
    }),
    listing: fc.record({
      appendices: fc.subarray(['I', 'II', 'III'] as const),
      partlyNotListed: fc.boolean(),
      annotations: fc.array(fc.record({ appendix: fc.constantFrom('I', 'II', 'III'), en: fc.string(), es: fc.string(), fr: fc.string(), fullEn: fc.string() }), { maxLength: 2 }),
      hashAnnotation: fc.option(fc.record({ symbol: fc.constantFrom('#1', '#4', '#15'), text: fc.string() })),
      appendixIIIParties: fc.subarray(['NP', 'IN', 'CO']),
    }),
    commonNames: fc.record({ en: fc.array(word, { maxLength: 2 }), fr: fc.array(word, { maxLength: 2 }), es: fc.array(word, { maxLength: 2 }) }),
    synonyms: fc.array(fc.record({ name: word, author: fc.string() }), { maxLength: 2 }),
  });

/** Taxa with distinct ids drawn from 1..30, so that two lists overlap, differ and drop ids. */
const taxaArbitrary = fc
  .uniqueArray(fc.integer({ min: 1, max: 30 }), { maxLength: 12 })
  .chain((ids) => fc.tuple(...ids.map(taxonArbitrary)));

/** The same value with every object's keys in reverse order (as another store might hand it back). */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([key, item]) => [key, reverseKeys(item)]));
}

describe('checklist versions and diffs', () => {
  it('apply(old, diff(old, new)) equals new', async () => {
    await fc.assert(
      fc.asyncProperty(taxaArbitrary, taxaArbitrary, async (oldTaxa, newTaxa) => {
        const previous = await makeChecklist(oldTaxa);
        const next = await makeChecklist(newTaxa);
        const diff = checklistDiffSchema.parse(JSON.parse(JSON.stringify(diffChecklists(previous, next))));
        const applied = await applyChecklistDiff(previous, diff);
        expect(applied).toEqual({ ok: true, checklist: next });
      }),
      { numRuns: 150 },
    );
  });

  it('sends only what changed', async () => {
    const taxa = syntheticChecklist(50, 1);
    const previous = await makeChecklist(taxa);
    const changed = taxa.map((taxon) => (taxon.id === 7 ? { ...taxon, author: 'New author' } : taxon)).filter((taxon) => taxon.id !== 9);
    const diff = diffChecklists(previous, await makeChecklist(changed));
    expect(diff.upserted.map((taxon) => taxon.id)).toEqual([7]);
    expect(diff.removedIds).toEqual([9]);
  });

  it('gives the version by content: neither taxon order nor key order changes it', async () => {
    const taxa = syntheticChecklist(20, 3);
    const reversedKeys = [...taxa].reverse().map((taxon) => reverseKeys(taxon) as Taxon);
    expect(Object.keys(reversedKeys[0]?.higherTaxa ?? {})[0]).toBe('genus');
    const version = (await makeChecklist(taxa)).version;
    expect((await makeChecklist(reversedKeys)).version).toBe(version);
    expect((await makeChecklist(taxa.slice(1))).version).not.toBe(version);
  });

  it('gives the same version hashed in slices, pausing between slices of 500 taxa, whatever the order', async () => {
    await fc.assert(fc.asyncProperty(taxaArbitrary, async (taxa) => {
      expect(await checklistVersionInSlices(taxa, () => Promise.resolve())).toBe((await makeChecklist(taxa)).version);
    }), { numRuns: 30 });
    const large = syntheticChecklist(1_201, 8);
    let pauses = 0;
    const version = await checklistVersionInSlices([...large].reverse().map((taxon) => reverseKeys(taxon) as Taxon), async () => {
      pauses += 1;
    });
    expect(version).toBe((await makeChecklist(large)).version);
    expect(pauses).toBe(2);
    expect(await checklistVersionInSlices([], () => Promise.resolve())).toBe((await makeChecklist([])).version);
  });

  it('refuses a diff made for another version', async () => {
    const [a, b, c] = await Promise.all([1, 2, 3].map((seed) => makeChecklist(syntheticChecklist(10, seed))));
    if (!a || !b || !c) throw new Error('unreachable');
    const result = await applyChecklistDiff(c, diffChecklists(a, b));
    expect(result).toEqual({ ok: false, problem: expect.stringContaining(`diff applies to version ${a.version}`) });
    const forged = { ...diffChecklists(a, b), upserted: [] };
    expect(await applyChecklistDiff(a, forged)).toMatchObject({ ok: false, problem: expect.stringContaining('expected') });
  });

  it('refuses duplicate ids', async () => {
    const [first] = syntheticChecklist(1, 1);
    if (!first) throw new Error('unreachable');
    await expect(makeChecklist([first, first])).rejects.toThrow(/duplicate taxon id 1/);
  });
});
