// Builds src/core/species/data/demo-checklist.ts, the checklist `npm start` gives a demo authority.
//
//   npx tsx scripts/build-demo-checklist.ts [path/to/Index_of_CITES_Species.csv.gz]
//
// Species+ terms forbid redistributing its data, so the demo holds only facts about a few hundred
// well-known listed taxa (names, rank, higher taxa, appendices, common names, synonyms), never the
// annotations' text, and never the whole file. It reads the export from ../shared/data by default.
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { importSpeciesPlusIndex } from '../src/core/species/speciesplus-import.ts';
import type { Taxon } from '../src/core/species/taxon.ts';

const defaultExport = new URL('../../shared/data/species/Index_of_CITES_Species_2017-04-21_17-27.csv.gz', import.meta.url);
const appendixIIIPartiesFile = new URL('../../shared/data/species/cites_appendix_iii_parties_speciesplus_2013.csv', import.meta.url);
const output = new URL('../src/core/species/data/demo-checklist.ts', import.meta.url);
const maximumTaxa = 300;

/** Genera taken whole: the taxa a demo officer is most likely to type, with their genus entry. */
const wholeGenera = [
  'Loxodonta', 'Elephas', 'Ceratotherium', 'Diceros', 'Rhinoceros', 'Dicerorhinus', 'Panthera', 'Acinonyx',
  'Neofelis', 'Uncia', 'Manis', 'Pongo', 'Pan', 'Gorilla', 'Ursus', 'Psittacus', 'Ara', 'Anodorhynchus',
  'Astrochelys', 'Testudo', 'Geochelone', 'Stigmochelys', 'Alligator', 'Sphyrna', 'Carcharhinus',
  'Manta', 'Lamna', 'Carcharodon', 'Rhincodon', 'Cetorhinus', 'Pterocarpus', 'Swietenia',
  'Trichechus', 'Strombus',
];

/** Single taxa from large genera and families. */
const chosenTaxa = [
  // Rosewoods
  'Dalbergia', 'Dalbergia nigra', 'Dalbergia retusa', 'Dalbergia cochinchinensis', 'Dalbergia latifolia',
  'Dalbergia melanoxylon', 'Dalbergia stevensonii', 'Dalbergia granadillo', 'Dalbergia oliveri', 'Dalbergia baronii',
  'Dalbergia louvelii', 'Dalbergia madagascariensis',
  // Orchids
  'Orchidaceae', 'Paphiopedilum', 'Paphiopedilum rothschildianum', 'Paphiopedilum armeniacum', 'Paphiopedilum vietnamense',
  'Phragmipedium', 'Dendrobium', 'Dendrobium nobile', 'Phalaenopsis', 'Phalaenopsis amabilis',
  'Vanda', 'Cattleya', 'Cymbidium', 'Vanilla', 'Renanthera imschootiana',
  // Aloes and other succulents
  'Aloe', 'Aloe ferox', 'Aloe polyphylla', 'Aloe pillansii', 'Aloe albida', 'Aloe arborescens', 'Aloe dichotoma',
  'Cactaceae', 'Ariocarpus', 'Astrophytum asterias', 'Pachypodium', 'Pachypodium namaquanum', 'Euphorbia',
  'Welwitschia mirabilis', 'Cedrela odorata', 'Chelonoidis niger', 'Chelonoidis carbonarius',
  // Cycads, timber and medicinal plants
  'Encephalartos', 'Encephalartos woodii', 'Cycas', 'Aquilaria', 'Aquilaria malaccensis', 'Aquilaria crassna',
  'Gonystylus', 'Prunus africana', 'Panax ginseng', 'Panax quinquefolius', 'Pericopsis elata', 'Nepenthes',
  'Sarracenia', 'Cyclamen', 'Galanthus', 'Taxus wallichiana', 'Podocarpus neriifolius', 'Magnolia liliifera var. obovata',
  'Guaiacum', 'Bulnesia sarmientoi', 'Caesalpinia echinata', 'Saussurea costus',
  // Mammals
  'Canis lupus', 'Canis aureus', 'Ailuropoda melanoleuca', 'Hippopotamus amphibius', 'Vicugna vicugna',
  'Balaenoptera musculus', 'Megaptera novaeangliae', 'Physeter macrocephalus', 'Tursiops truncatus', 'Orcinus orca', 'Dugong dugon',
  'Antilope cervicapra', 'Saiga tatarica', 'Equus grevyi', 'Equus zebra', 'Lynx lynx', 'Lynx pardinus', 'Puma concolor',
  'Leopardus pardalis', 'Caracal caracal', 'Felis silvestris', 'Leptailurus serval',
  'Arctictis binturong', 'Mellivora capensis', 'Cuniculus paca', 'Lutra lutra', 'Enhydra lutris', 'Moschus',
  'Ovis ammon', 'Capra falconeri', 'Macaca fascicularis', 'Macaca mulatta', 'Chlorocebus sabaeus', 'Lemur catta',
  'Daubentonia madagascariensis', 'Nycticebus', 'Hylobates lar', 'Leontopithecus rosalia',
  // Birds
  'Falco peregrinus', 'Falco rusticolus', 'Falco cherrug', 'Aquila chrysaetos', 'Haliaeetus leucocephalus', 'Bubo bubo',
  'Harpia harpyja', 'Balearica regulorum', 'Grus japonensis', 'Phoenicopterus ruber', 'Spheniscus demersus',
  'Cacatua', 'Cacatua sulphurea', 'Cacatua moluccensis', 'Cacatua galerita', 'Amazona', 'Amazona aestiva',
  'Amazona oratrix', 'Amazona barbadensis', 'Agapornis roseicollis', 'Nymphicus hollandicus', 'Melopsittacus undulatus',
  'Pionites melanocephalus', 'Eclectus roratus', 'Rhinoplax vigil', 'Buceros bicornis', 'Meleagris ocellata',
  'Gyps africanus', 'Tyto alba', 'Pavo muticus',
  // Reptiles and amphibians
  'Crocodylus', 'Crocodylus niloticus', 'Crocodylus porosus', 'Crocodylus siamensis', 'Crocodylus acutus',
  'Crocodylus palustris', 'Gavialis gangeticus', 'Caiman crocodilus', 'Caiman latirostris', 'Python regius',
  'Python bivittatus', 'Python reticulatus', 'Python molurus', 'Boa constrictor', 'Varanus komodoensis',
  'Varanus niloticus', 'Varanus salvator', 'Iguana iguana', 'Chamaeleo calyptratus', 'Furcifer pardalis',
  'Uroplatus', 'Phelsuma', 'Heloderma suspectum', 'Naja naja', 'Ophiophagus hannah', 'Eretmochelys imbricata',
  'Chelonia mydas', 'Caretta caretta', 'Dermochelys coriacea', 'Cuora', 'Malacochersus tornieri',
  'Pyxis arachnoides', 'Oophaga pumilio', 'Dendrobates tinctorius', 'Ambystoma mexicanum', 'Andrias davidianus',
  'Mantella aurantiaca',
  // Fish and invertebrates
  'Acipenser', 'Acipenser gueldenstaedtii', 'Acipenser baerii', 'Acipenser sturio', 'Acipenser transmontanus',
  'Tridacna gigas', 'Pristis pristis', 'Huso huso', 'Hippocampus', 'Hippocampus kuda', 'Hippocampus hippocampus', 'Cheilinus undulatus', 'Scleropages formosus',
  'Anguilla anguilla', 'Arapaima gigas', 'Totoaba macdonaldi', 'Latimeria', 'Mobula',
  'Antipatharia', 'Scleractinia', 'Hirudo medicinalis', 'Ornithoptera',
  'Brachypelma', 'Pandinus imperator', 'Achatinella', 'Papustyla pulcherrima',
];

function readAppendixIIIParties(): Map<string, string[]> {
  // kingdom,taxon,rank,party_iso2,... — a partial Species+ table of who listed what in Appendix III.
  const parties = new Map<string, string[]>();
  for (const line of readFileSync(appendixIIIPartiesFile, 'utf8').split('\n').slice(1)) {
    const [, taxon, , party] = line.split(',');
    if (taxon && party && /^[A-Z]{2}$/.test(party)) parties.set(taxon, [...(parties.get(taxon) ?? []), party]);
  }
  return parties;
}

/** Keeps the facts; drops the Secretariat's annotation texts. */
function factsOnly(taxon: Taxon): Taxon {
  return { ...taxon, listing: { ...taxon.listing, annotations: [], hashAnnotation: null } };
}

async function main(): Promise<void> {
  const source = process.argv[2] ?? defaultExport;
  const imported = await importSpeciesPlusIndex(gunzipSync(readFileSync(source)).toString('utf8'), {
    appendixIIIParties: readAppendixIIIParties(),
  });
  if (!imported.ok) throw new Error(`Species+ export, line ${imported.line}: ${imported.problem}`);
  const byName = new Map(imported.checklist.taxa.map((taxon) => [taxon.scientificName, taxon]));
  const picked = new Map<number, Taxon>();
  const missing: string[] = [];
  for (const genus of wholeGenera) {
    const members = imported.checklist.taxa.filter((taxon) => taxon.higherTaxa.genus === genus);
    if (members.length === 0) missing.push(genus);
    for (const taxon of members) picked.set(taxon.id, taxon);
  }
  for (const name of chosenTaxa) {
    const taxon = byName.get(name);
    if (taxon) picked.set(taxon.id, taxon);
    else missing.push(name);
  }
  if (missing.length > 0) console.warn(`not in this export, skipped: ${missing.join(', ')}`);
  if (picked.size > maximumTaxa) throw new Error(`${picked.size} taxa picked, the demo holds at most ${maximumTaxa}`);

  const taxa = [...picked.values()].sort((a, b) => a.id - b.id).map(factsOnly);
  const sourceName = typeof source === 'string' ? source.split('/').pop() : 'Index_of_CITES_Species_2017-04-21_17-27.csv.gz';
  const lines = [
    '// GENERATED by scripts/build-demo-checklist.ts: do not edit by hand, run the script again.',
    `// From the Species+ "Index of CITES Species" export ${sourceName} (CITES Checklist / Species+,`,
    '// UNEP-WCMC), with Appendix III Parties from the Species+ listing table where known.',
    `// ${taxa.length} well-known listed taxa, facts only: names, rank, higher taxa, appendices, common names,`,
    '// synonyms. No annotation text. Listings are those of April 2017: a demo, not for issuing real permits.',
    "import type { Taxon } from '../taxon.ts';",
    '',
    'export const demoChecklistTaxa: readonly Taxon[] = [',
    ...taxa.map((taxon) => `  ${JSON.stringify(taxon)},`),
    '];',
    '',
  ];
  writeFileSync(output, lines.join('\n'));
  console.log(`wrote ${taxa.length} taxa to ${output.pathname}`);
}

await main();
