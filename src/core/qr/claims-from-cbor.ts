// Reads the decoded CBOR payload as PermitClaims, refusing anything the format does not define: unknown or
// missing keys, wrong types, codes outside the CITES lists, an invalid permit number. Unknown keys are refused,
// not skipped: the signature covers them, and a claim the inspector is not shown must not ride along.
import type { z } from 'zod';
import { countryCodeSchema, partyCodeSchema, purposeCodeSchema, sourceCodeSchema, currentTermCodeSchema } from '../codes/schemas.ts';
import { documentSchema, type PermitDocument } from '../permit/model/document-type.ts';
import { quantityUnitSchema } from '../permit/model/line-item.ts';
import { permitNumberSchema } from '../permit/permit-number.ts';
import { failure, success, type Result } from '../permit/result.ts';
import { APPENDICES_IN_ORDER, CLAIM_KEY, DOCUMENT_TYPE_NUMBERS, LINE_ITEM_KEY } from './claim-keys.ts';
import { calendarDateFromEpochDay, LAST_EPOCH_DAY } from './epoch-days.ts';
import type { ClaimedLineItem, ClaimedTrader, PermitClaims } from './permit-claims.ts';
import { PERMIT_ID_LENGTH, permitIdFromBytes } from './permit-id-bytes.ts';
import { permitQrError, type PermitQrError } from './permit-qr-error.ts';

/** Marks the errors this reader throws, so that a bug's exception is not reported as bad claims. */
const CLAIMS_PROBLEM = Symbol('claims problem');

function refuse(message: string): never {
  throw new Error(message, { cause: CLAIMS_PROBLEM });
}

function asKeyedMap(value: unknown, where: string, known: Readonly<Record<string, number>>): Map<number, unknown> {
  if (!(value instanceof Map)) refuse(`${where} is not a map`);
  const allowed = new Set(Object.values(known));
  for (const key of value.keys()) {
    if (typeof key !== 'number' || !allowed.has(key)) refuse(`${where} has the unknown key ${JSON.stringify(String(key))}`);
  }
  return value as Map<number, unknown>;
}

function required(map: Map<number, unknown>, key: number, where: string): unknown {
  if (!map.has(key)) refuse(`${where} lacks the required key ${key}`);
  return map.get(key);
}

/** Text as the permit model keeps it: not empty, no surrounding spaces. */
function text(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.trim() !== value) {
    refuse(`${where} must be non-empty text without surrounding spaces`);
  }
  return value;
}

function code<Schema extends z.ZodType>(schema: Schema, value: unknown, where: string): z.infer<Schema> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) refuse(`${where}: ${parsed.error.issues[0]?.message ?? 'invalid code'}`);
  return parsed.data;
}

function unsignedInteger(value: unknown, where: string, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    refuse(`${where} must be an integer from 0 to ${max}`);
  }
  return value;
}

function epochDay(value: unknown, where: string): ReturnType<typeof calendarDateFromEpochDay> {
  return calendarDateFromEpochDay(unsignedInteger(value, `${where} (days since 1970-01-01)`, LAST_EPOCH_DAY));
}

function trader(value: unknown, where: string): ClaimedTrader {
  if (!Array.isArray(value) || value.length !== 2) refuse(`${where} must be the array [name, country]`);
  const [name, country]: unknown[] = value;
  return { name: text(name, `${where} name`), country: code(countryCodeSchema, country, `${where} country`) };
}

function documentOf(claims: Map<number, unknown>): PermitDocument {
  const index = unsignedInteger(required(claims, CLAIM_KEY.documentType, 'claims'), 'document type (key 2)', DOCUMENT_TYPE_NUMBERS.length - 1);
  const type = DOCUMENT_TYPE_NUMBERS[index];
  const hasDescription = claims.has(CLAIM_KEY.otherDocumentDescription);
  if (type === 'other' && !hasDescription) refuse('document type "other" (8) needs its description (key 3)');
  if (type !== 'other' && hasDescription) refuse('a document description (key 3) is only for document type "other" (8)');
  const description = hasDescription ? text(claims.get(CLAIM_KEY.otherDocumentDescription), 'document description (key 3)') : undefined;
  return documentSchema.parse(type === 'other' ? { type, description } : { type });
}

function permitId(value: unknown): string {
  const id = value instanceof Uint8Array ? permitIdFromBytes(value) : undefined;
  if (id === undefined) refuse(`permit id (key 12) must be a byte string of ${PERMIT_ID_LENGTH} bytes holding a UUID`);
  return id;
}

function lineItem(value: unknown, index: number): ClaimedLineItem {
  const where = `line item ${index + 1}`;
  const item = asKeyedMap(value, where, LINE_ITEM_KEY);
  const taxonId = item.get(LINE_ITEM_KEY.taxonId);
  if (item.has(LINE_ITEM_KEY.taxonId) && (typeof taxonId !== 'number' || !Number.isSafeInteger(taxonId) || taxonId < 1)) {
    refuse(`${where} taxon id (key 1) must be a positive integer`);
  }
  const appendixNumber = required(item, LINE_ITEM_KEY.appendix, where);
  const appendix = typeof appendixNumber === 'number' && Number.isInteger(appendixNumber) ? APPENDICES_IN_ORDER[appendixNumber - 1] : undefined;
  if (appendix === undefined) refuse(`${where} appendix (key 3) must be 1, 2 or 3`);
  const quantity = required(item, LINE_ITEM_KEY.quantity, where);
  if (typeof quantity !== 'number' || !Number.isFinite(quantity) || quantity <= 0) refuse(`${where} quantity (key 6) must be a positive number`);
  return {
    taxonId: typeof taxonId === 'number' ? taxonId : null,
    scientificName: text(required(item, LINE_ITEM_KEY.scientificName, where), `${where} scientific name (key 2)`),
    appendix,
    source: code(sourceCodeSchema, required(item, LINE_ITEM_KEY.source, where), `${where} source (key 4)`),
    term: code(currentTermCodeSchema, required(item, LINE_ITEM_KEY.term, where), `${where} term (key 5)`),
    quantity,
    unit: item.has(LINE_ITEM_KEY.unit) ? code(quantityUnitSchema, item.get(LINE_ITEM_KEY.unit), `${where} unit (key 7)`) : null,
  };
}

function readClaims(value: unknown): PermitClaims {
  const claims = asKeyedMap(value, 'claims', CLAIM_KEY);
  const lineItems = required(claims, CLAIM_KEY.lineItems, 'claims');
  if (!Array.isArray(lineItems) || lineItems.length === 0) refuse('line items (key 11) must be a non-empty array');
  return {
    permitId: permitId(required(claims, CLAIM_KEY.permitId, 'claims')),
    number: code(permitNumberSchema, required(claims, CLAIM_KEY.number, 'claims'), 'permit number (key 1)'),
    document: documentOf(claims),
    issuingParty: code(partyCodeSchema, required(claims, CLAIM_KEY.issuingParty, 'claims'), 'issuing Party (key 4)'),
    issueDate: epochDay(required(claims, CLAIM_KEY.issueDate, 'claims'), 'issue date (key 5)'),
    validUntil: epochDay(required(claims, CLAIM_KEY.validUntil, 'claims'), 'valid until (key 6)'),
    importer: trader(required(claims, CLAIM_KEY.importer, 'claims'), 'importer (key 7)'),
    exporter: trader(required(claims, CLAIM_KEY.exporter, 'claims'), 'exporter (key 8)'),
    purpose: code(purposeCodeSchema, required(claims, CLAIM_KEY.purpose, 'claims'), 'purpose (key 9)'),
    securityStamp: claims.has(CLAIM_KEY.securityStamp) ? text(claims.get(CLAIM_KEY.securityStamp), 'security stamp (key 10)') : null,
    lineItems: lineItems.map(lineItem),
  };
}

export function permitClaimsFromCbor(value: unknown): Result<PermitClaims, PermitQrError> {
  try {
    return success(readClaims(value));
  } catch (error) {
    if (error instanceof Error && error.cause === CLAIMS_PROBLEM) return failure(permitQrError('qr.claims', error.message));
    throw error;
  }
}
