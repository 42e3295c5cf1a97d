import type { Synonym, TaxonRank } from './taxon.ts';

// Species+ writes all synonyms of a taxon in one field, comma-separated, each followed by its author:
//   "Canis niger Bartram, 1791, Canis himalayensis Aggarwal, Kivisild, Ramadevi & Singh, 2007"
// Authors contain commas too, so a comma starts a new synonym only where a scientific name begins.

const GENUS = String.raw`[A-Z][a-zäëïöü]+(?:-[A-Za-zäëïöü][a-zäëïöü]+)*`;
/** Lower-case words that begin an author, not an epithet ("Foo bar de Candolle", "Barbosa de Souza"). */
const authorParticles = new Set(['de', 'der', 'den', 'van', 'von', 'du', 'da', 'das', 'dos', 'del', 'della', 'la', 'le', 'ex', 'in', 'et', 'y', 'auct.', 'hort.', 'sensu', 'non', 'nom.']);
const particleAlternatives = [...authorParticles].filter((word) => !word.endsWith('.')).join('|');
/** "Genus epithet", "Genus (subgenus) epithet", "Genus × epithet", but not "Barbosa de Souza". */
const startsBinomial = new RegExp(String.raw`^${GENUS} (?!(?:${particleAlternatives})(?: |,|$))(?:\([a-z]+\) )?(?:[×x] ?)?[a-zäëïöü]`);
/** A genus-level synonym: "Lacroixia Szlach." or just "Chamaecereus". */
const startsUninomial = new RegExp(String.raw`^${GENUS}(?: [^&]|$)`);
const isGenus = new RegExp(String.raw`^${GENUS}$`);
const isEpithet = /^[a-zäëïöü][a-zäëïöü'’-]*$/;
const rankMarkers = new Set(['var.', 'subsp.', 'ssp.', 'f.', 'forma', 'subvar.', '×', 'x']);

const aboveSpecies: ReadonlySet<TaxonRank> = new Set(['KINGDOM', 'PHYLUM', 'CLASS', 'ORDER', 'FAMILY', 'SUBFAMILY', 'GENUS']);

/** Splits "Genus epithet Author, year" into the name and the author. */
function splitNameAndAuthor(synonymWithAuthor: string): Synonym {
  const words = synonymWithAuthor.trim().split(/\s+/);
  const first = words[0] ?? '';
  if (!isGenus.test(first)) return { name: synonymWithAuthor.trim(), author: '' };
  let end = 1;
  let epithets = 0;
  if (/^\([a-z]+\)$/.test(words[end] ?? '')) end++;
  while (end < words.length && epithets < 3) {
    const word = words[end] ?? '';
    const following = words[end + 1] ?? '';
    if (rankMarkers.has(word) && isEpithet.test(following) && !authorParticles.has(following)) {
      end += 2;
      epithets++;
    } else if (isEpithet.test(word) && !authorParticles.has(word)) {
      end++;
      epithets++;
    } else {
      break;
    }
  }
  return { name: words.slice(0, end).join(' '), author: words.slice(end).join(' ') };
}

export function parseSpeciesPlusSynonyms(field: string, rank: TaxonRank): Synonym[] {
  const trimmed = field.trim();
  if (trimmed === '') return [];
  const startsSynonym = aboveSpecies.has(rank)
    ? (piece: string) => startsBinomial.test(piece) || startsUninomial.test(piece)
    : (piece: string) => startsBinomial.test(piece);
  const synonyms: string[] = [];
  for (const piece of trimmed.split(', ')) {
    const last = synonyms.length - 1;
    if (last < 0 || startsSynonym(piece)) synonyms.push(piece);
    else synonyms[last] += `, ${piece}`;
  }
  return synonyms.map(splitNameAndAuthor);
}

/** "Brown Bear, Grizzly Bear" → ["Brown Bear", "Grizzly Bear"], blanks and repeats dropped. */
export function parseSpeciesPlusCommonNames(field: string): string[] {
  return [...new Set(field.split(',').map((name) => name.trim()).filter((name) => name !== ''))];
}
