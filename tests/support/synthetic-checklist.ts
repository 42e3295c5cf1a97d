import type { Appendix, Taxon } from '../../src/core/species/taxon.ts';

// Taxa of the same shape and proportions as the Species+ index (≈ 6 % genera, ≈ 40 % with synonyms,
// ≈ 25 % with common names, 95 % Appendix II), for tests and benchmarks on a clone without ../shared/data.
// Names are built from Latin-looking syllables, so they exercise search like real ones; none is real.

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const syllables = ['ba', 'cal', 'den', 'dro', 'phy', 'lo', 'ma', 'nis', 'or', 'chi', 'pte', 'ro', 'sau', 'ta', 'the', 'ra', 'ly', 'co', 'mi', 'ne', 'pa', 'gus', 'an', 'tri', 'cho', 'ele', 'xo', 'ze', 'ky', 'bu', 'fel', 'ur', 'si', 'le', 'gro', 'va', 'tes', 'hy', 'lan', 'qui'];
const genusEndings = ['a', 'us', 'ia', 'um', 'is', 'ops', 'ella', 'odon', 'anthes', 'ceras'];
const epithetEndings = ['us', 'a', 'um', 'is', 'ensis', 'ii', 'ae', 'atus', 'icola', 'oides'];
const families = ['Orchidaceae', 'Cactaceae', 'Psittacidae', 'Testudinidae', 'Felidae', 'Scleractinia', 'Euphorbiaceae', 'Crocodylidae', 'Accipitridae', 'Leguminosae'];
const englishNouns = ['Orchid', 'Parrot', 'Tortoise', 'Cat', 'Coral', 'Spurge', 'Crocodile', 'Hawk', 'Rosewood', 'Cactus'];
const frenchNouns = ['Orchidée', 'Perroquet', 'Tortue', 'Chat', 'Corail', 'Euphorbe', 'Crocodile', 'Épervier', 'Palissandre', 'Cactus'];
const spanishNouns = ['Orquídea', 'Loro', 'Tortuga', 'Gato', 'Coral', 'Euforbia', 'Cocodrilo', 'Gavilán', 'Palisandro', 'Cacto'];
const englishAdjectives = ['Golden', 'Spotted', 'Giant', 'Red', 'Mountain', 'Striped', 'Lesser', 'Royal', 'Black', 'Forest'];
const frenchAdjectives = ['doré', 'tacheté', 'géant', 'rouge', 'des montagnes', 'rayé', 'mineur', 'royal', 'noir', 'des forêts'];
const spanishAdjectives = ['dorado', 'moteado', 'gigante', 'rojo', 'de montaña', 'rayado', 'menor', 'real', 'negro', 'del bosque'];
const parties = ['BR', 'CO', 'GT', 'IN', 'NP', 'MU', 'US', 'ZA', 'CN', 'MX'];
const authors = ['Linnaeus, 1758', '(Gray, 1831)', 'Rchb.f.', 'Lindl.', '(Schlegel, 1844)', 'Schltr.', 'Kraenzl.', 'Cuvier, 1807'];

export function syntheticChecklist(count: number, seed: number): Taxon[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const word = (parts: number, endings: readonly string[]): string =>
    Array.from({ length: parts }, () => pick(syllables)).join('') + pick(endings);
  const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

  const taxa: Taxon[] = [];
  const usedNames = new Set<string>();
  let genus = '';
  let familyIndex = 0;
  while (taxa.length < count) {
    const id = taxa.length + 1;
    const startsGenus = genus === '' || random() < 1 / 16;
    if (startsGenus) {
      genus = capitalised(word(1 + Math.floor(random() * 2), genusEndings));
      familyIndex = Math.floor(random() * families.length);
    }
    const scientificName = startsGenus ? genus : `${genus} ${word(1 + Math.floor(random() * 2), epithetEndings)}`;
    if (usedNames.has(scientificName)) continue;
    usedNames.add(scientificName);
    const roll = random();
    const appendices: Appendix[] = roll < 0.03 ? ['I'] : roll < 0.036 ? ['III'] : roll < 0.04 ? ['I', 'II'] : ['II'];
    const named = !startsGenus && random() < 0.25;
    const adjective = Math.floor(random() * englishAdjectives.length);
    const family = families[familyIndex] ?? 'Orchidaceae';
    taxa.push({
      id,
      rank: startsGenus ? 'GENUS' : 'SPECIES',
      scientificName,
      author: pick(authors),
      higherTaxa: {
        kingdom: familyIndex % 3 === 1 ? 'Plantae' : 'Animalia',
        phylum: null,
        class: null,
        order: null,
        family,
        genus,
      },
      listing: {
        appendices,
        partlyNotListed: random() < 0.003,
        annotations: [],
        hashAnnotation: familyIndex % 3 === 1 ? { symbol: '#4', text: 'All parts and derivatives, except seeds and pollen' } : null,
        appendixIIIParties: appendices.includes('III') ? [pick(parties)] : [],
      },
      commonNames: named
        ? {
            en: [`${englishAdjectives[adjective]} ${englishNouns[familyIndex]}`],
            fr: random() < 0.6 ? [`${frenchNouns[familyIndex]} ${frenchAdjectives[adjective]}`] : [],
            es: random() < 0.6 ? [`${spanishNouns[familyIndex]} ${spanishAdjectives[adjective]}`] : [],
          }
        : { en: [], fr: [], es: [] },
      synonyms: !startsGenus && random() < 0.4
        ? Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({
            name: `${capitalised(word(2, genusEndings))} ${scientificName.split(' ')[1] ?? ''}`,
            author: pick(authors),
          }))
        : [],
    });
  }
  return taxa;
}
