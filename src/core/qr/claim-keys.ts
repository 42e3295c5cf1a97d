// The integer keys of the claims map and of each line item, and the document-type numbers (docs/qr-format.md).
// Published: never renumber; a new claim gets a new key and a new prefix version (HB2:).
import type { DocumentType } from '../permit/model/document-type.ts';
import type { Appendix } from '../species/taxon.ts';

export const CLAIM_KEY = {
  number: 1,
  documentType: 2,
  otherDocumentDescription: 3,
  issuingParty: 4,
  issueDate: 5,
  validUntil: 6,
  importer: 7,
  exporter: 8,
  purpose: 9,
  securityStamp: 10,
  lineItems: 11,
  permitId: 12,
} as const;

export const LINE_ITEM_KEY = {
  taxonId: 1,
  scientificName: 2,
  appendix: 3,
  source: 4,
  term: 5,
  quantity: 6,
  unit: 7,
} as const;

/**
 * Box 1 types by number. Hornbill's own list (CITES has no codes for it), so a one-byte index is as simple for
 * a verifier as a string and shorter. Append only.
 */
export const DOCUMENT_TYPE_NUMBERS: readonly DocumentType[] = [
  'export-permit',
  'import-permit',
  're-export-certificate',
  'certificate-of-origin',
  'pre-convention-certificate',
  'captive-breeding-certificate',
  'travelling-exhibition-certificate',
  'introduction-from-the-sea-certificate',
  'other',
];

/** Appendices travel as the integers 1, 2, 3 (index + 1): the Roman numeral is only how the paper writes them. */
export const APPENDICES_IN_ORDER: readonly Appendix[] = ['I', 'II', 'III'];
