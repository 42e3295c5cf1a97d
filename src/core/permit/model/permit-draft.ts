// A permit application as it is being typed, saved after each change: every box optional, text boxes
// any string (a cleared field is ""), dates any string (a half-typed date is kept, not lost).
// Only format and id are required, so a draft is always identifiable. Code boxes (purpose, source, term,
// unit, countries) still only take codes: they are chosen from lists, never typed free.
// A draft becomes a permit by passing permitSchema.
import { z } from 'zod';
import { countryCodeSchema, currentTermCodeSchema, partyCodeSchema, purposeCodeSchema, sourceCodeSchema } from '../../codes/schemas.ts';
import { appendixSchema } from '../../species/taxon.ts';
import { identityDocumentTypeSchema } from './applicant.ts';
import { documentTypeSchema } from './document-type.ts';
import { quantityUnitSchema } from './line-item.ts';
import { PERMIT_FORMAT, permitStateSchema } from './permit.ts';

const text = z.string();
const date = z.string();
const amount = z.number();

const traderDraftSchema = z.object({ name: text, address: text, country: countryCodeSchema }).partial();

export const lineItemDraftSchema = z.object({
  taxon: z.object({ taxonId: z.number().int().positive().nullable(), scientificName: text, commonName: text }).partial(),
  description: text,
  marks: text,
  term: currentTermCodeSchema,
  appendix: appendixSchema,
  source: sourceCodeSchema,
  quantity: z.object({ amount, unit: quantityUnitSchema }).partial(),
  quota: z.object({ totalExported: amount, annualQuota: amount }).partial().nullable(),
  origin: z.object({ country: countryCodeSchema, permitNumber: text, date: date.nullable() }).partial().nullable(),
  lastReExport: z.object({ country: countryCodeSchema, certificateNumber: text, date }).partial().nullable(),
  operationNumber: text.nullable(),
  acquisitionDate: date.nullable(),
}).partial();
export type LineItemDraft = z.infer<typeof lineItemDraftSchema>;

export const permitDraftSchema = z.object({
  format: z.literal(PERMIT_FORMAT),
  id: z.uuid(),
  status: permitStateSchema.optional(),
  number: text.nullable().optional(),
  document: z.object({ type: documentTypeSchema, description: text }).partial().optional(),
  validUntil: date.nullable().optional(),
  importer: traderDraftSchema.optional(),
  exporter: traderDraftSchema.optional(),
  specialConditions: text.optional(),
  purpose: purposeCodeSchema.optional(),
  securityStamp: text.nullable().optional(),
  managementAuthority: z.object({ party: partyCodeSchema, name: text, address: text }).partial().optional(),
  lineItems: z.array(lineItemDraftSchema).optional(),
  issuance: z.object({ place: text, date, official: text }).partial().nullable().optional(),
  endorsement: z
    .object({ actualQuantities: z.array(amount), port: text, date, inspector: text, billOfLading: text.nullable() })
    .partial()
    .nullable()
    .optional(),
  applicant: z
    .object({
      name: text,
      address: text,
      identityDocument: z.object({ type: identityDocumentTypeSchema, number: text, issuingCountry: countryCodeSchema }).partial(),
    })
    .partial()
    .optional(),
  importPermitReference: z.object({ number: text, issuingParty: partyCodeSchema, date: date.nullable() }).partial().nullable().optional(),
});
export type PermitDraft = z.infer<typeof permitDraftSchema>;
