import { describe, expect, it } from 'vitest';
import { importSpeciesPlusIndex, speciesPlusIndexColumns } from '../../../src/core/species/speciesplus-import.ts';
import { taxonSchema, type Taxon } from '../../../src/core/species/taxon.ts';
import { lineOf, speciesPlusSampleCsv } from './fixture.ts';

async function importSample(options = {}): Promise<Map<string, Taxon>> {
  const result = await importSpeciesPlusIndex(speciesPlusSampleCsv, options);
  if (!result.ok) throw new Error(`line ${result.line}: ${result.problem}`);
  return new Map(result.checklist.taxa.map((taxon) => [taxon.scientificName, taxon]));
}

const noAnnotations = { annotations: [], hashAnnotation: null, appendixIIIParties: [] };

describe('importSpeciesPlusIndex on the sample export', () => {
  it('imports every row, sorted by id, each valid against the taxon schema', async () => {
    const result = await importSpeciesPlusIndex(speciesPlusSampleCsv);
    if (!result.ok) throw new Error(result.problem);
    expect(result.checklist.taxa.map((taxon) => taxon.id)).toEqual([2012, 4442, 4521, 4985, 6047, 7767, 9003, 12268, 12509, 12737, 13461, 29641, 68537]);
    for (const taxon of result.checklist.taxa) expect(taxonSchema.parse(taxon)).toEqual(taxon);
    expect(result.checklist.version).toMatch(/^[0-9a-f]{64}$/);
  });

  it('maps every field of a species with two listings, annotations in three languages, synonyms and common names', async () => {
    const taxa = await importSample();
    expect(taxa.get('Loxodonta africana')).toEqual({
      id: 4521,
      rank: 'SPECIES',
      scientificName: 'Loxodonta africana',
      author: '(Blumenbach, 1797)',
      higherTaxa: { kingdom: 'Animalia', phylum: 'Chordata', class: 'Mammalia', order: 'Proboscidea', family: 'Elephantidae', genus: 'Loxodonta' },
      listing: {
        appendices: ['I', 'II'],
        partlyNotListed: false,
        annotations: [
          {
            appendix: 'I',
            en: 'All populations except those of BW, NA, ZA, and ZW.',
            es: 'Todas las poblaciones, excepto los de BW, NA, ZA y ZW.',
            fr: 'Toutes les populations sauf celles de BW, NA, ZA et ZW.',
            fullEn: 'Included in Appendix\u00a0I, except the populations of Botswana, Namibia, South Africa and Zimbabwe.',
          },
          {
            appendix: 'II',
            en: 'Populations of BW, NA, ZA, ZW',
            es: 'Poblaciones de BW, NA, ZA, ZW',
            fr: 'Populations de BW, NA, ZA, ZW',
            fullEn: 'Populations of Botswana, Namibia, South Africa and Zimbabwe, for the purposes listed:<p>a) hunting trophies;<p>b) hides.',
          },
        ],
        hashAnnotation: null,
        appendixIIIParties: [],
      },
      commonNames: { en: ['African Elephant', 'African Savannah Elephant'], fr: ['Eléphant africain', "Eléphant d'Afrique"], es: ['Elefante africano'] },
      synonyms: [{ name: 'Loxodonta cyclotis', author: '(Matschie, 1900)' }],
    });
  });

  it('splits synonyms whose authors hold commas, and keeps quotes and rank markers', async () => {
    const taxa = await importSample();
    expect(taxa.get('Canis lupus')?.synonyms).toEqual([
      { name: 'Canis niger', author: 'Bartram, 1791' },
      { name: 'Canis himalayensis', author: 'Aggarwal, Kivisild, Ramadevi & Singh, 2007' },
      { name: 'Canis lupus dingo', author: 'Linnaeus, 1758' },
    ]);
    expect(taxa.get('Oophaga pumilio')?.synonyms).toEqual([
      { name: 'Dendrobates pumilio', author: 'Schmidt, 1857' },
      { name: 'Hylaplesia pumilio', author: 'Günther, 1859 "1858"' },
      { name: 'Dendrobates tinctorius var. quinquevittatus', author: 'Steindachner, 1864' },
    ]);
    expect(taxa.get('Bhutanthera')?.synonyms).toEqual([{ name: 'Frigidorchis', author: 'Z.J.Liu & S.C.Chen' }]);
  });

  it('attaches the Appendix III listing Parties the caller supplies, and only to Appendix III taxa', async () => {
    const appendixIIIParties = new Map([['Antilope cervicapra', ['NP']], ['Panthera tigris', ['IN']]]);
    const taxa = await importSample({ appendixIIIParties });
    expect(taxa.get('Antilope cervicapra')?.listing).toEqual({ appendices: ['III'], partlyNotListed: false, ...noAnnotations, appendixIIIParties: ['NP'] });
    expect(taxa.get('Panthera tigris')?.listing.appendixIIIParties).toEqual([]);
    expect((await importSample()).get('Antilope cervicapra')?.listing.appendixIIIParties).toEqual([]);
  });

  it('reads hash annotations, plants without phylum or class, varieties and subspecies', async () => {
    const taxa = await importSample();
    const dalbergia = taxa.get('Dalbergia');
    expect(dalbergia?.rank).toBe('GENUS');
    expect(dalbergia?.higherTaxa).toEqual({ kingdom: 'Plantae', phylum: null, class: null, order: 'Fabales', family: 'Leguminosae', genus: 'Dalbergia' });
    expect(dalbergia?.listing.hashAnnotation).toEqual({
      symbol: '#15',
      text: 'All parts and derivatives are included, except:<p> a) Leaves, flowers, pollen, fruits, and seeds;<p> b) Non-commercial exports of a maximum total weight of 10 kg. per shipment',
    });
    expect(dalbergia?.commonNames).toEqual({ en: ['Rosewoods'], fr: ['Palissandres'], es: ['Palisandros'] });
    const magnolia = taxa.get('Magnolia liliifera var. obovata');
    expect(magnolia?.rank).toBe('VARIETY');
    expect(magnolia?.listing.hashAnnotation?.text).toBe('All parts and derivatives, except:<p>\na) seeds, spores and pollen;<p>\nb) cut flowers of artificially propagated plants');
    expect(taxa.get('Panthera leo persica')?.rank).toBe('SUBSPECIES');
  });

  it('normalises CRLF inside quoted annotations and unescapes doubled quotes', async () => {
    const orchids = (await importSample()).get('Orchidaceae');
    expect(orchids?.rank).toBe('FAMILY');
    expect(orchids?.higherTaxa.genus).toBeNull();
    const fullEn = orchids?.listing.annotations[0]?.fullEn ?? '';
    expect(fullEn).not.toContain('\r');
    expect(fullEn).toContain('<p>\na) shipped in containers');
    expect(fullEn).toContain('"readily recognizable as artificially propagated"');
  });

  it('reads NC, partly-NC and empty listings', async () => {
    const taxa = await importSample();
    expect(taxa.get('Agapornis roseicollis')?.listing).toEqual({ appendices: [], partlyNotListed: true, ...noAnnotations });
    expect(taxa.get('Aloe')?.listing).toMatchObject({ appendices: ['I', 'II'], partlyNotListed: true, hashAnnotation: { symbol: '#4' } });
    expect(taxa.get('Urogale')?.listing).toMatchObject({ appendices: [], partlyNotListed: false });
    expect(taxa.get('Urogale')?.author).toBe('');
  });
});

describe('importSpeciesPlusIndex refuses a damaged file, naming the line, and imports nothing', () => {
  const sample = speciesPlusSampleCsv;
  const expectRefused = async (text: string, line: number, problem: RegExp): Promise<void> => {
    const result = await importSpeciesPlusIndex(text);
    expect(result).toEqual({ ok: false, line, problem: expect.stringMatching(problem) });
    expect(result).not.toHaveProperty('checklist');
  };

  it('an unterminated quote (file cut inside a quoted field)', async () => {
    const cut = sample.indexOf('shipped in containers');
    await expectRefused(sample.slice(0, cut), lineOf(sample, '12509,'), /unterminated quoted field/);
  });

  it('a row with a column missing', async () => {
    const damaged = sample.replace('6047,Animalia,Chordata,', '6047,Animalia,');
    await expectRefused(damaged, lineOf(sample, '6047,'), /32 columns instead of 33/);
  });

  it('a missing header', async () => {
    await expectRefused(sample.slice(sample.indexOf('\n') + 1), 1, /header/);
    await expectRefused(sample.replace('TaxonId,', 'Id,'), 1, /header/);
    await expectRefused('', 1, /empty/);
  });

  it('a listing that is not I, II, III or NC', async () => {
    const damaged = sample.replace('Panthera tigris,"(Linnaeus, 1758)",SPECIES,I,', 'Panthera tigris,"(Linnaeus, 1758)",SPECIES,IV,');
    await expectRefused(damaged, lineOf(sample, '6047,'), /CurrentListing "IV"/);
  });

  it('a file truncated between two fields or at the end of a line', async () => {
    const cut = sample.indexOf(',SPECIES,I,', sample.indexOf('6047,'));
    await expectRefused(sample.slice(0, cut), lineOf(sample, '6047,'), /truncated/);
    await expectRefused(`${speciesPlusIndexColumns.join(',')}\n`, 2, /no taxa/);
    const lastLine = sample.trimEnd().split('\n').length;
    await expectRefused(sample.trimEnd(), lastLine, /truncated/);
  });

  it('other bad values: rank, id, repeated id, annotation, hash symbol', async () => {
    const tiger = lineOf(sample, '6047,');
    await expectRefused(sample.replace('(Linnaeus, 1758)",SPECIES,I,', '(Linnaeus, 1758)",SPECIE,I,'), tiger, /RankName "SPECIE"/);
    await expectRefused(sample.replace('6047,Animalia', '6047x,Animalia'), tiger, /TaxonId "6047x"/);
    await expectRefused(sample.replace('6047,Animalia', '4521,Animalia'), tiger, /repeats the row on line 2/);
    await expectRefused(sample.replace('Appendix I:All subspecies. ', 'All subspecies.'), tiger, /AnnotationEnglish does not start/);
    await expectRefused(sample.replace(',#15,', ',15,'), lineOf(sample, '12737,'), /#AnnotationSymbol "15"/);
  });

  it('has exactly the 33 columns of the export', () => {
    expect(speciesPlusIndexColumns).toHaveLength(33);
    expect(sample.slice(0, sample.indexOf('\n'))).toBe(speciesPlusIndexColumns.join(','));
  });
});
