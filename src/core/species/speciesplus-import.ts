import { parseCsv } from './csv.ts';
import { makeChecklist, type Checklist } from './checklist-version.ts';
import { parseSpeciesPlusCommonNames, parseSpeciesPlusSynonyms } from './speciesplus-synonyms.ts';
import {
  appendixSchema, taxonRankSchema,
  type Appendix, type CitesListing, type HashAnnotation, type HigherTaxa, type ListingAnnotation, type Taxon,
} from './taxon.ts';

// Reads the "Index of CITES Species" CSV that the CITES Checklist / Species+ exports (33 columns, one
// accepted taxon per row). All or nothing: the first problem stops the import and names its line, so the
// caller keeps the checklist it had. Decompression and file access are the caller's job.

export const speciesPlusIndexColumns = [
  'TaxonId', 'Kingdom', 'Phylum', 'Class', 'Order', 'Family', 'Genus', 'Species', 'Subspecies', 'FullName',
  'AuthorYear', 'RankName', 'CurrentListing', 'FullAnnotationEnglish', 'AnnotationEnglish', 'AnnotationSpanish',
  'AnnotationFrench', '#AnnotationSymbol', '#Annotation', 'SynonymsWithAuthors', 'EnglishNames', 'SpanishNames',
  'FrenchNames', 'CitesAccepted', 'All_DistributionISOCodes', 'All_DistributionFullNames',
  'NativeDistributionFullNames', 'Introduced_Distribution', 'Introduced(?)_Distribution',
  'Reintroduced_Distribution', 'Extinct_Distribution', 'Extinct(?)_Distribution', 'Distribution_Uncertain',
] as const;

type Column = (typeof speciesPlusIndexColumns)[number];

export interface SpeciesPlusImportOptions {
  /**
   * The export does not say which Party listed a taxon in Appendix III; the caller may supply it
   * (scientific name → ISO alpha-2 codes), e.g. from the Species+ API's cites_listings[].party.
   */
  readonly appendixIIIParties?: ReadonlyMap<string, readonly string[]>;
}

export type SpeciesPlusImportResult =
  | { readonly ok: true; readonly checklist: Checklist }
  | { readonly ok: false; readonly line: number; readonly problem: string };

/** Marks errors that describe a bad row, as opposed to bugs, which must not be reported as a line problem. */
const rowProblemMarker = Symbol('row problem');

function rowProblem(problem: string): never {
  throw new Error(problem, { cause: rowProblemMarker });
}

function nullIfEmpty(value: string): string | null {
  return value === '' ? null : value;
}

function parseListingValue(value: string): Pick<CitesListing, 'appendices' | 'partlyNotListed'> {
  // Species+ leaves it empty for a few genera listed through a higher taxon.
  if (value === '') return { appendices: [], partlyNotListed: false };
  const parts = value.split('/');
  const appendices: Appendix[] = [];
  let partlyNotListed = false;
  for (const part of parts) {
    const appendix = appendixSchema.safeParse(part);
    if (appendix.success && !appendices.includes(appendix.data)) appendices.push(appendix.data);
    else if (part === 'NC' && !partlyNotListed) partlyNotListed = true;
    else rowProblem(`CurrentListing "${value}" is not a listing such as I, II, III, I/II or II/NC`);
  }
  return { appendices, partlyNotListed };
}

interface AnnotationSegment {
  readonly appendix: Appendix;
  readonly text: string;
}

/** "Appendix I:text \nAppendix II:text" → one segment per appendix mentioned. */
function parseAnnotationSegments(column: Column, value: string): AnnotationSegment[] {
  if (value === '') return [];
  return value.split(/\r?\n(?=Appendix I{1,3}:)/).map((segment) => {
    const match = /^Appendix (I{1,3}):([\s\S]*)$/.exec(segment);
    const appendix = appendixSchema.safeParse(match?.[1]);
    if (!match || !appendix.success) rowProblem(`${column} does not start with "Appendix I:", "II:" or "III:"`);
    return { appendix: appendix.data, text: (match[2] ?? '').replace(/\r\n?/g, '\n').trim() };
  });
}

function parseAnnotations(field: (column: Column) => string): ListingAnnotation[] {
  const [fullEn, en, es, fr] = (['FullAnnotationEnglish', 'AnnotationEnglish', 'AnnotationSpanish', 'AnnotationFrench'] as const)
    .map((column) => parseAnnotationSegments(column, field(column)));
  const nonEmpty = [fullEn, en, es, fr].filter((segments) => segments !== undefined && segments.length > 0);
  const appendicesOf = (segments: readonly AnnotationSegment[] | undefined): string => (segments ?? []).map((s) => s.appendix).join();
  if (nonEmpty.some((segments) => appendicesOf(segments) !== appendicesOf(nonEmpty[0]))) {
    rowProblem('the annotation columns name different appendices');
  }
  return (nonEmpty[0] ?? [])
    .map((segment, i) => ({
      appendix: segment.appendix,
      en: en?.[i]?.text ?? '',
      es: es?.[i]?.text ?? '',
      fr: fr?.[i]?.text ?? '',
      fullEn: fullEn?.[i]?.text ?? '',
    }))
    .filter((annotation) => annotation.en !== '' || annotation.es !== '' || annotation.fr !== '' || annotation.fullEn !== '');
}

function parseHashAnnotation(symbol: string, text: string): HashAnnotation | null {
  if (symbol === '') return null;
  if (!/^#\d+$/.test(symbol)) rowProblem(`#AnnotationSymbol "${symbol}" is not like #4`);
  const texts = parseAnnotationSegments('#Annotation', text).map((segment) => segment.text).filter((t) => t !== '');
  return { symbol, text: texts.join('\n') };
}

function parseRow(fields: readonly string[], options: SpeciesPlusImportOptions): Taxon {
  const field = (column: Column): string => fields[speciesPlusIndexColumns.indexOf(column)] ?? '';
  const idText = field('TaxonId');
  if (!/^[1-9]\d{0,9}$/.test(idText)) rowProblem(`TaxonId "${idText}" is not a positive integer`);
  const scientificName = field('FullName').trim();
  if (scientificName === '') rowProblem('FullName is empty');
  const rank = taxonRankSchema.safeParse(field('RankName'));
  if (!rank.success) rowProblem(`RankName "${field('RankName')}" is not a known rank`);
  const kingdom = field('Kingdom');
  if (kingdom === '') rowProblem('Kingdom is empty');
  if (field('CitesAccepted') !== 'true' && field('CitesAccepted') !== 'false') {
    rowProblem(`CitesAccepted "${field('CitesAccepted')}" is neither true nor false`);
  }
  const listingValue = parseListingValue(field('CurrentListing'));
  const higherTaxa: HigherTaxa = {
    kingdom,
    phylum: nullIfEmpty(field('Phylum')),
    class: nullIfEmpty(field('Class')),
    order: nullIfEmpty(field('Order')),
    family: nullIfEmpty(field('Family')),
    genus: nullIfEmpty(field('Genus')),
  };
  const parties = listingValue.appendices.includes('III') ? options.appendixIIIParties?.get(scientificName) ?? [] : [];
  const badParty = parties.find((party) => !/^[A-Z]{2}$/.test(party));
  if (badParty !== undefined) rowProblem(`Appendix III Party "${badParty}" given for ${scientificName} is not an ISO alpha-2 code`);
  return {
    id: Number(idText),
    rank: rank.data,
    scientificName,
    author: field('AuthorYear').trim(),
    higherTaxa,
    listing: {
      ...listingValue,
      annotations: parseAnnotations(field),
      hashAnnotation: parseHashAnnotation(field('#AnnotationSymbol'), field('#Annotation')),
      appendixIIIParties: [...parties],
    },
    commonNames: {
      en: parseSpeciesPlusCommonNames(field('EnglishNames')),
      fr: parseSpeciesPlusCommonNames(field('FrenchNames')),
      es: parseSpeciesPlusCommonNames(field('SpanishNames')),
    },
    synonyms: parseSpeciesPlusSynonyms(field('SynonymsWithAuthors'), rank.data),
  };
}

export async function importSpeciesPlusIndex(csvText: string, options: SpeciesPlusImportOptions = {}): Promise<SpeciesPlusImportResult> {
  const text = csvText.startsWith('\uFEFF') ? csvText.slice(1) : csvText;
  if (text === '') return { ok: false, line: 1, problem: 'the file is empty' };
  const parsed = parseCsv(text);
  if (!parsed.ok) return parsed;
  const [header, ...rows] = parsed.records;
  if (header === undefined) return { ok: false, line: 1, problem: 'the file is empty' };
  if (header.fields.join(',') !== speciesPlusIndexColumns.join(',')) {
    return { ok: false, line: header.line, problem: `the header is not that of the Species+ "Index of CITES Species" export (${speciesPlusIndexColumns.length} columns from TaxonId to Distribution_Uncertain)` };
  }
  // Species+ ends the file with a line break; its absence means the file was cut short.
  if (!text.endsWith('\n')) {
    const last = rows[rows.length - 1] ?? header;
    return { ok: false, line: last.line, problem: 'the last line has no line break: the file is truncated' };
  }
  // An empty checklist would leave a device unable to fill box 7/8: a header alone is a cut file.
  if (rows.length === 0) return { ok: false, line: header.line + 1, problem: 'no taxa after the header: the file is truncated' };
  const taxa: Taxon[] = [];
  const lineOfId = new Map<number, number>();
  for (const row of rows) {
    if (row.fields.length !== speciesPlusIndexColumns.length) {
      return { ok: false, line: row.line, problem: `${row.fields.length} columns instead of ${speciesPlusIndexColumns.length}` };
    }
    try {
      const taxon = parseRow(row.fields, options);
      const seenOn = lineOfId.get(taxon.id);
      if (seenOn !== undefined) return { ok: false, line: row.line, problem: `TaxonId ${taxon.id} repeats the row on line ${seenOn}` };
      lineOfId.set(taxon.id, row.line);
      taxa.push(taxon);
    } catch (error) {
      if (error instanceof Error && error.cause === rowProblemMarker) return { ok: false, line: row.line, problem: error.message };
      throw error;
    }
  }
  return { ok: true, checklist: await makeChecklist(taxa) };
}
