import { boundedEditDistance } from './edit-distance.ts';
import { normaliseForSearch, searchTokens } from './search-normalise.ts';
import type { Taxon } from './taxon.ts';

// Offline species search for box 7/8 of the permit form, one query per keystroke over ~40,000 taxa.
//
// Every name of a taxon (accepted scientific name, synonyms, common names EN/FR/ES) is one entry, cut into
// normalised tokens. The distinct tokens are kept sorted, so a prefix is a contiguous range found by binary
// search; each token lists the entries that contain it. A query token matches a dictionary token exactly,
// as a prefix, or with a typo (1 edit up to 7 letters, 2 from 8), typo candidates being only the tokens
// that share its first letter (or its first two letters swapped), which keeps the edit-distance work small.
// An entry matches when every query token matches one of its tokens. Ranking: exact > prefix > typo (the
// worst query token decides), a whole-name match, accepted name > common name > synonym, shorter names.

export type SearchNameKind = 'scientific' | 'common-en' | 'common-fr' | 'common-es' | 'synonym';
export type SearchMatch = 'exact' | 'prefix' | 'typo';

export interface SpeciesSearchHit {
  /** The accepted taxon, also when a synonym matched. */
  readonly taxon: Taxon;
  readonly matchedName: string;
  readonly matchedKind: SearchNameKind;
  readonly match: SearchMatch;
}

export interface SpeciesSearchIndex {
  readonly taxa: readonly Taxon[];
  readonly entryTaxon: Int32Array;
  readonly entryKind: Uint8Array;
  readonly entryName: readonly string[];
  /** Position of the entry when all entries are sorted by normalised name: the last tie-break. */
  readonly entryAlphabeticalRank: Int32Array;
  /** Tokens of entry e are entryTokenIds[entryTokenStart[e] .. entryTokenStart[e + 1]). */
  readonly entryTokenStart: Int32Array;
  readonly entryTokenIds: Int32Array;
  /** Distinct tokens, sorted (code-unit order). */
  readonly tokens: readonly string[];
  /** Entries holding token t are tokenEntries[tokenEntryStart[t] .. tokenEntryStart[t + 1]). */
  readonly tokenEntryStart: Int32Array;
  readonly tokenEntries: Int32Array;
}

const kinds: readonly SearchNameKind[] = ['scientific', 'common-en', 'common-fr', 'common-es', 'synonym'];
/** Higher is better; indexed like `kinds`. */
const kindPreference = [2, 1, 1, 1, 0];
const EXACT = 3;
const PREFIX = 2;
const TYPO = 1;
const matchNames: Readonly<Record<number, SearchMatch>> = { [EXACT]: 'exact', [PREFIX]: 'prefix', [TYPO]: 'typo' };

function typoBudget(token: string): number {
  if (token.length >= 8) return 2;
  return token.length >= 4 ? 1 : 0;
}

export function buildSearchIndex(taxa: readonly Taxon[]): SpeciesSearchIndex {
  const entryTaxon: number[] = [];
  const entryKind: number[] = [];
  const entryName: string[] = [];
  const entryTokenTexts: string[][] = [];
  const addEntry = (taxonIndex: number, kind: SearchNameKind, name: string): void => {
    const tokens = searchTokens(name);
    if (tokens.length === 0) return;
    entryTaxon.push(taxonIndex);
    entryKind.push(kinds.indexOf(kind));
    entryName.push(name);
    entryTokenTexts.push(tokens);
  };
  taxa.forEach((taxon, taxonIndex) => {
    addEntry(taxonIndex, 'scientific', taxon.scientificName);
    for (const name of taxon.commonNames.en) addEntry(taxonIndex, 'common-en', name);
    for (const name of taxon.commonNames.fr) addEntry(taxonIndex, 'common-fr', name);
    for (const name of taxon.commonNames.es) addEntry(taxonIndex, 'common-es', name);
    for (const synonym of taxon.synonyms) addEntry(taxonIndex, 'synonym', synonym.name);
  });

  const tokens = [...new Set(entryTokenTexts.flat())].sort();
  const tokenId = new Map(tokens.map((token, id) => [token, id]));
  const entryTokenStart = new Int32Array(entryName.length + 1);
  const entryTokenIds: number[] = [];
  const entriesPerToken = new Int32Array(tokens.length);
  entryTokenTexts.forEach((entryTokens, entry) => {
    entryTokenStart[entry] = entryTokenIds.length;
    for (const token of new Set(entryTokens)) {
      const id = tokenId.get(token) ?? 0;
      entryTokenIds.push(id);
      entriesPerToken[id] = (entriesPerToken[id] ?? 0) + 1;
    }
  });
  entryTokenStart[entryName.length] = entryTokenIds.length;

  const tokenEntryStart = new Int32Array(tokens.length + 1);
  for (let t = 0; t < tokens.length; t++) tokenEntryStart[t + 1] = (tokenEntryStart[t] ?? 0) + (entriesPerToken[t] ?? 0);
  const tokenEntries = new Int32Array(entryTokenIds.length);
  const filled = tokenEntryStart.slice(0, tokens.length);
  for (let entry = 0; entry < entryName.length; entry++) {
    for (let k = entryTokenStart[entry] ?? 0; k < (entryTokenStart[entry + 1] ?? 0); k++) {
      const id = entryTokenIds[k] ?? 0;
      tokenEntries[filled[id] ?? 0] = entry;
      filled[id] = (filled[id] ?? 0) + 1;
    }
  }

  const normalisedNames = entryName.map((name) => normaliseForSearch(name));
  const alphabetical = normalisedNames.map((_, entry) => entry).sort((a, b) => {
    const left = normalisedNames[a] ?? '';
    const right = normalisedNames[b] ?? '';
    return left < right ? -1 : left > right ? 1 : a - b;
  });
  const entryAlphabeticalRank = new Int32Array(entryName.length);
  alphabetical.forEach((entry, rank) => (entryAlphabeticalRank[entry] = rank));

  return {
    taxa,
    entryTaxon: Int32Array.from(entryTaxon),
    entryKind: Uint8Array.from(entryKind),
    entryName,
    entryAlphabeticalRank,
    entryTokenStart,
    entryTokenIds: Int32Array.from(entryTokenIds),
    tokens,
    tokenEntryStart,
    tokenEntries,
  };
}

/** First index in the sorted tokens whose token is ≥ `value`. */
function lowerBound(tokens: readonly string[], value: string): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((tokens[middle] ?? '') < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Tokens starting with `prefix`, as a [start, end) range of the sorted tokens. */
function prefixRange(tokens: readonly string[], prefix: string): [number, number] {
  return [lowerBound(tokens, prefix), lowerBound(tokens, `${prefix}\uffff`)];
}

/** Quality of the best match of this query token with each dictionary token (0: none), by token id. */
function matchToken(index: SpeciesSearchIndex, typed: string, stillTyping: boolean): Uint8Array {
  const { tokens } = index;
  const quality = new Uint8Array(tokens.length);
  const [start, end] = prefixRange(tokens, typed);
  for (let t = start; t < end; t++) quality[t] = tokens[t] === typed ? EXACT : PREFIX;
  const budget = typoBudget(typed);
  if (budget === 0) return quality;
  const firstLetters = [typed.slice(0, 1)];
  const swapped = `${typed.charAt(1)}${typed.charAt(0)}`;
  if (swapped !== typed.slice(0, 2)) firstLetters.push(swapped);
  for (const letters of firstLetters) {
    const [from, to] = prefixRange(tokens, letters);
    for (let t = from; t < to; t++) {
      if (quality[t] !== 0) continue;
      const candidate = tokens[t] ?? '';
      const lengthGap = candidate.length - typed.length;
      if (lengthGap < -budget || (!stillTyping && lengthGap > budget)) continue;
      if (boundedEditDistance(typed, candidate, budget, stillTyping) <= budget) quality[t] = TYPO;
    }
  }
  return quality;
}

function postingCount(index: SpeciesSearchIndex, quality: Uint8Array): number {
  let count = 0;
  for (let t = 0; t < quality.length; t++) {
    if (quality[t] !== 0) count += (index.tokenEntryStart[t + 1] ?? 0) - (index.tokenEntryStart[t] ?? 0);
  }
  return count;
}

/**
 * Best taxa for what was typed so far, best first, one hit per taxon (its best-matching name).
 * Query tokens may come in any order; the last one may be unfinished.
 */
export function searchSpecies(index: SpeciesSearchIndex, query: string, limit = 20): SpeciesSearchHit[] {
  const typedTokens = searchTokens(query);
  if (typedTokens.length === 0 || limit <= 0) return [];
  const stillTyping = !/[\s,;]$/.test(query);
  const tokenQualities = typedTokens.map((typed, i) => matchToken(index, typed, stillTyping && i === typedTokens.length - 1));
  // Walk the entries of the rarest query token; check the others against each entry's own tokens.
  let driver = tokenQualities[0] ?? new Uint8Array(0);
  let driverCount = Infinity;
  for (const quality of tokenQualities) {
    const count = postingCount(index, quality);
    if (count < driverCount) [driver, driverCount] = [quality, count];
  }

  const { entryTokenStart, entryTokenIds, tokenEntryStart, tokenEntries, entryTaxon } = index;
  const seenEntry = new Uint8Array(index.entryName.length);
  const bestKeyOfTaxon = new Float64Array(index.taxa.length);
  const bestEntryOfTaxon = new Int32Array(index.taxa.length);
  const bestMatchOfTaxon = new Uint8Array(index.taxa.length);
  const matchedTaxa: number[] = [];
  for (let t = 0; t < driver.length; t++) {
    if (driver[t] === 0) continue;
    for (let p = tokenEntryStart[t] ?? 0; p < (tokenEntryStart[t + 1] ?? 0); p++) {
      const entry = tokenEntries[p] ?? 0;
      if (seenEntry[entry] === 1) continue;
      seenEntry[entry] = 1;
      const first = entryTokenStart[entry] ?? 0;
      const last = entryTokenStart[entry + 1] ?? 0;
      let worst = EXACT;
      let total = 0;
      for (const quality of tokenQualities) {
        let best = 0;
        for (let k = first; k < last; k++) best = Math.max(best, quality[entryTokenIds[k] ?? 0] ?? 0);
        worst = Math.min(worst, best);
        total += best;
        if (worst === 0) break;
      }
      if (worst === 0) continue;
      const tokenCount = last - first;
      const wholeName = tokenCount === typedTokens.length ? 1 : 0;
      const score = ((worst * 2 + wholeName) * 4 + (kindPreference[index.entryKind[entry] ?? 0] ?? 0)) * 256
        + Math.min(total, 15) * 16 + Math.max(0, 15 - tokenCount);
      // Lower sorts first: the score inverted, then the alphabetical rank (unique, < 2^24 entries).
      const key = (2 ** 20 - score) * 2 ** 24 + (index.entryAlphabeticalRank[entry] ?? 0);
      const taxon = entryTaxon[entry] ?? 0;
      const previous = bestKeyOfTaxon[taxon] ?? 0;
      if (previous === 0) matchedTaxa.push(taxon);
      if (previous === 0 || key < previous) {
        bestKeyOfTaxon[taxon] = key;
        bestEntryOfTaxon[taxon] = entry;
        bestMatchOfTaxon[taxon] = worst;
      }
    }
  }

  // Keys are unique, so the limit-th smallest key bounds the hits without sorting every match.
  const keys = Float64Array.from(matchedTaxa, (taxon) => bestKeyOfTaxon[taxon] ?? 0).sort();
  const threshold = keys[Math.min(limit, keys.length) - 1] ?? 0;
  return matchedTaxa
    .filter((taxon) => (bestKeyOfTaxon[taxon] ?? 0) <= threshold)
    .sort((a, b) => (bestKeyOfTaxon[a] ?? 0) - (bestKeyOfTaxon[b] ?? 0))
    .map((taxonIndex) => {
      const entry = bestEntryOfTaxon[taxonIndex] ?? 0;
      return {
        taxon: index.taxa[taxonIndex] as Taxon,
        matchedName: index.entryName[entry] ?? '',
        matchedKind: kinds[index.entryKind[entry] ?? 0] ?? 'scientific',
        match: matchNames[bestMatchOfTaxon[taxonIndex] ?? TYPO] ?? 'typo',
      };
    });
}
