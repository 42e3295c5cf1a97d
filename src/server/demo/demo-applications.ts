// The applications behind the demo's sample permits: realistic exports from Kenya, with taxa of the demo
// checklist (src/core/species/data/demo-checklist.ts). Every trader, address, document and permit number in
// them is made up. Each sample is named after the state the demo leaves it in.
import type { PurposeCode } from '../../core/codes/data/purpose-codes.ts';
import { applicationContentSchema, type ApplicationContent } from '../../core/log/permit-act-bodies.ts';
import type { CalendarDate } from '../../core/permit/calendar-date.ts';
import type { ImportPermitReference } from '../../core/permit/model/import-permit-reference.ts';
import type { LineItem } from '../../core/permit/model/line-item.ts';
import type { Trader } from '../../core/permit/model/parties.ts';
import { PERMIT_FORMAT } from '../../core/permit/model/permit.ts';
import { DEMO_AUTHORITY_NAME, DEMO_PARTY } from './demo-authority.ts';

export const DEMO_SAMPLES = ['draft', 'processed', 'approved', 'issued', 'endorsed', 'cancelled', 'rejected', 'replaced', 'replacement'] as const;
export type DemoSample = (typeof DEMO_SAMPLES)[number];

type Application = Omit<ApplicationContent, 'format' | 'id' | 'managementAuthority'>;
type LineItemFacts = Pick<LineItem, 'taxon' | 'description' | 'term' | 'appendix' | 'source' | 'quantity'> & Partial<LineItem>;

/** One export: who sends what to whom and why; the rest of the form takes its usual values. */
interface ExportFacts {
  readonly importer: Trader;
  /** Box 4, in Kenya, and the company's representative who applies for it. */
  readonly exporter: { readonly name: string; readonly address: string; readonly representative: string; readonly registration: string };
  readonly purpose: PurposeCode;
  readonly specialConditions?: string;
  readonly line: LineItemFacts;
  readonly importPermitReference?: ImportPermitReference;
}

const MANAGEMENT_AUTHORITY = { party: DEMO_PARTY, name: DEMO_AUTHORITY_NAME, address: 'P.O. Box 00000-00100, Nairobi (demo address)' };
const LIVE_ANIMALS = 'Live animals to be transported in accordance with the IATA Live Animals Regulations.';

function exportApplication(facts: ExportFacts): Application {
  const { name, address, representative, registration } = facts.exporter;
  return {
    document: { type: 'export-permit' },
    importer: facts.importer,
    exporter: { name, address, country: 'KE' },
    specialConditions: facts.specialConditions ?? '',
    purpose: facts.purpose,
    lineItems: [{ marks: '', quota: null, origin: null, lastReExport: null, operationNumber: null, acquisitionDate: null, ...facts.line }],
    applicant: { name: `${name}, represented by ${representative}`, address, identityDocument: { type: 'company-registration', number: registration, issuingCountry: 'KE' } },
    importPermitReference: facts.importPermitReference ?? null,
  };
}

/** The elephant samples as first applied for (60 tubes); the replacement corrects box 11 to the 48 the import permit covers. */
function elephantSamples(tubes: number, importPermitDate: CalendarDate): ExportFacts {
  return {
    importer: { name: 'Wildlife Genetics Laboratory (demo)', address: '12 Science Park Road, Cambridge CB4 0FZ', country: 'GB' },
    exporter: { name: 'Tsavo Elephant Research Trust', address: 'P.O. Box 48, Voi 80300', representative: 'Dr Amina Mwangi', registration: 'CLG-2011-000731' },
    purpose: 'S',
    specialConditions: 'Samples to be shipped frozen in sealed, labelled tubes under the importer’s permit conditions.',
    line: {
      taxon: { taxonId: 4521, scientificName: 'Loxodonta africana', commonName: 'African elephant' },
      description: `Blood and tissue samples for genetic research, ${tubes} tubes of 1.5 ml`,
      marks: `Tubes TERT-001 to TERT-${String(tubes).padStart(3, '0')}`,
      term: 'SPE',
      appendix: 'I',
      source: 'W',
      quantity: { amount: tubes * 1.5, unit: 'MLT' },
    },
    importPermitReference: { number: 'GB 614203/01', issuingParty: 'GB', date: importPermitDate },
  };
}

const EXPORTS: Readonly<Record<Exclude<DemoSample, 'replaced' | 'replacement'>, ExportFacts>> = {
  draft: {
    importer: { name: 'Nordic Botanicals AB', address: 'Industrigatan 7, 211 20 Malmö', country: 'SE' },
    exporter: { name: 'Baringo Aloe Growers Cooperative', address: 'P.O. Box 77, Marigat 30403', representative: 'Joseph Kiptoo', registration: 'CS-2009-001244' },
    purpose: 'T',
    line: {
      taxon: { taxonId: null, scientificName: 'Aloe secundiflora', commonName: 'Soap aloe' },
      description: 'Dried leaf exudate (bitter gum) in sealed drums',
      term: 'EXT',
      appendix: 'II',
      source: 'W',
      quantity: { amount: 500, unit: 'KGM' },
    },
  },
  processed: {
    importer: { name: 'Savanna Crafts Import Co.', address: '225 Harbor Street, Baltimore MD 21230', country: 'US' },
    exporter: { name: 'Akamba Handicraft Cooperative Society', address: 'P.O. Box 90, Machakos 90100', representative: 'Mary Mutua', registration: 'CS-1998-000412' },
    purpose: 'T',
    line: {
      taxon: { taxonId: 16414, scientificName: 'Dalbergia melanoxylon', commonName: 'African blackwood' },
      description: 'Hand-carved figures and bowls',
      term: 'CAR',
      appendix: 'II',
      source: 'W',
      quantity: { amount: 150 },
    },
  },
  approved: {
    importer: { name: 'Laboratoires Phyto-Extraits SA', address: '18 rue des Tanneurs, 69007 Lyon', country: 'FR' },
    exporter: { name: 'Mount Kenya Herbal Extracts Ltd', address: 'P.O. Box 412, Nyeri 10100', representative: 'Samuel Gitonga', registration: 'PVT-2014-002876' },
    purpose: 'T',
    line: {
      taxon: { taxonId: 22086, scientificName: 'Prunus africana', commonName: 'African cherry' },
      description: 'Dried bark, chipped, in 50 kg bags',
      marks: 'Bags MKH-1 to MKH-40',
      term: 'BAR',
      appendix: 'II',
      source: 'W',
      quantity: { amount: 2000, unit: 'KGM' },
    },
  },
  issued: {
    importer: { name: 'Conceria Toscana Rettili S.r.l.', address: 'Via dell’Industria 14, 56029 Santa Croce sull’Arno', country: 'IT' },
    exporter: { name: 'Lake Turkana Hides and Skins Ltd', address: 'P.O. Box 88, Lodwar 30500', representative: 'Ekai Lokwang', registration: 'PVT-2012-003391' },
    purpose: 'T',
    line: {
      taxon: { taxonId: 4465, scientificName: 'Varanus niloticus', commonName: 'Nile monitor' },
      description: 'Salted skins, whole',
      term: 'SKI',
      appendix: 'II',
      source: 'W',
      quantity: { amount: 200 },
    },
  },
  endorsed: {
    importer: { name: 'Vogelpark Leipzig GmbH', address: 'Karl-Heine-Straße 12, 04229 Leipzig', country: 'DE' },
    exporter: { name: 'Rift Valley Wildlife Farm Ltd', address: 'P.O. Box 1234, Naivasha 20117', representative: 'Peter Otieno', registration: 'PVT-2016-004512' },
    purpose: 'Z',
    specialConditions: LIVE_ANIMALS,
    line: {
      taxon: { taxonId: 4595, scientificName: 'Balearica regulorum', commonName: 'Grey crowned crane' },
      description: 'Live captive-bred birds, two adult pairs',
      marks: 'Closed leg rings KE-BR-0101 to KE-BR-0104',
      term: 'LIV',
      appendix: 'II',
      source: 'C',
      quantity: { amount: 4 },
      operationNumber: 'A-KE-501',
    },
  },
  cancelled: {
    importer: { name: 'Gulf Coast Reptile Supply LLC', address: '4200 Commerce Drive, Tampa FL 33619', country: 'US' },
    exporter: { name: 'Kwale Reptile Park Ltd', address: 'P.O. Box 51, Kwale 80403', representative: 'Hassan Mwinyi', registration: 'PVT-2018-005120' },
    purpose: 'T',
    specialConditions: LIVE_ANIMALS,
    line: {
      taxon: { taxonId: 5467, scientificName: 'Python regius', commonName: 'Ball python' },
      description: 'Live captive-bred juveniles',
      term: 'LIV',
      appendix: 'II',
      source: 'C',
      quantity: { amount: 30 },
    },
  },
  rejected: {
    importer: { name: 'Emirates Exotic Pets Trading LLC', address: 'Al Quoz Industrial Area 3, Dubai', country: 'AE' },
    exporter: { name: 'Savanna Tortoise Farm', address: 'P.O. Box 300, Kajiado 01100', representative: 'Daniel Sankale', registration: 'BN-2021-118230' },
    purpose: 'T',
    line: {
      taxon: { taxonId: 8867, scientificName: 'Stigmochelys pardalis', commonName: 'Leopard tortoise' },
      description: 'Live tortoises, declared captive-bred',
      term: 'LIV',
      appendix: 'II',
      source: 'C',
      quantity: { amount: 40 },
    },
  },
};

function exportFacts(sample: DemoSample, importPermitDate: CalendarDate): ExportFacts {
  if (sample === 'replaced') return elephantSamples(60, importPermitDate);
  if (sample === 'replacement') return elephantSamples(48, importPermitDate);
  return EXPORTS[sample];
}

/** The application content of `sample` under the permit id `id`, checked against the schema the log uses. */
export function demoApplication(sample: DemoSample, id: string, importPermitDate: CalendarDate): ApplicationContent {
  return applicationContentSchema.parse({ format: PERMIT_FORMAT, id, managementAuthority: MANAGEMENT_AUTHORITY, ...exportApplication(exportFacts(sample, importPermitDate)) });
}
