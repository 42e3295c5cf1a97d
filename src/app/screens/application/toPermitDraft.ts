import type { z } from 'zod';
import {
  countryCodeSchema,
  currentTermCodeSchema,
  partyCodeSchema,
  purposeCodeSchema,
  sourceCodeSchema,
} from '../../../core/codes/schemas.ts';
import { identityDocumentTypeSchema } from '../../../core/permit/model/applicant.ts';
import { documentTypeSchema } from '../../../core/permit/model/document-type.ts';
import { quantityUnitSchema } from '../../../core/permit/model/line-item.ts';
import { PERMIT_FORMAT } from '../../../core/permit/model/permit.ts';
import type { PermitDraft } from '../../../core/permit/model/permit-draft.ts';
import { appendixSchema } from '../../../core/species/taxon.ts';
import type { ApplicationFields, LineItemFields } from './applicationFields.ts';

/** A code chosen from a list, or undefined while none is ('' is "not chosen"). */
function code<Schema extends z.ZodType>(schema: Schema, value: string): z.output<Schema> | undefined {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** A typed number, or undefined while the box is empty or holds no number yet. */
function amount(value: string): number | undefined {
  const number = value.trim() === '' ? Number.NaN : Number(value);
  return Number.isFinite(number) ? number : undefined;
}

const allEmpty = (...values: string[]) => values.every((value) => value.trim() === '');

type LineItemDraft = NonNullable<PermitDraft['lineItems']>[number];

function lineItemDraft(item: LineItemFields): LineItemDraft {
  const { quota, origin, lastReExport } = item;
  return {
    ...(item.taxon ? { taxon: { taxonId: item.taxon.taxonId, scientificName: item.taxon.scientificName, commonName: item.taxon.commonName } } : {}),
    description: item.description,
    marks: item.marks,
    term: code(currentTermCodeSchema, item.term),
    appendix: code(appendixSchema, item.appendix),
    source: code(sourceCodeSchema, item.source),
    quantity: { amount: amount(item.quantity.amount), unit: code(quantityUnitSchema, item.quantity.unit) },
    // Boxes 11a, 12 and 12a are "not applicable" (null) until something is typed in them.
    quota: allEmpty(quota.totalExported, quota.annualQuota) ? null : { totalExported: amount(quota.totalExported), annualQuota: amount(quota.annualQuota) },
    origin: allEmpty(origin.country, origin.permitNumber, origin.date)
      ? null
      : { country: code(countryCodeSchema, origin.country), permitNumber: origin.permitNumber, date: origin.date || null },
    lastReExport: allEmpty(lastReExport.country, lastReExport.certificateNumber, lastReExport.date)
      ? null
      : { country: code(countryCodeSchema, lastReExport.country), certificateNumber: lastReExport.certificateNumber, date: lastReExport.date },
    operationNumber: item.operationNumber || null,
    acquisitionDate: item.acquisitionDate || null,
  };
}

/** The stored draft (model format) for what the form holds. */
export function toPermitDraft(fields: ApplicationFields): PermitDraft {
  const trader = (value: ApplicationFields['importer']) => ({ name: value.name, address: value.address, country: code(countryCodeSchema, value.country) });
  const reference = fields.importPermitReference;
  return {
    format: PERMIT_FORMAT,
    id: fields.id,
    status: 'draft',
    document: { type: code(documentTypeSchema, fields.document.type), description: fields.document.description },
    importer: trader(fields.importer),
    exporter: trader(fields.exporter),
    specialConditions: fields.specialConditions,
    purpose: code(purposeCodeSchema, fields.purpose),
    securityStamp: fields.securityStamp || null,
    managementAuthority: {
      party: code(partyCodeSchema, fields.managementAuthority.party),
      name: fields.managementAuthority.name,
      address: fields.managementAuthority.address,
    },
    lineItems: fields.lineItems.map(lineItemDraft),
    applicant: {
      name: fields.applicant.name,
      address: fields.applicant.address,
      identityDocument: {
        type: code(identityDocumentTypeSchema, fields.applicant.identityDocument.type),
        number: fields.applicant.identityDocument.number,
        issuingCountry: code(countryCodeSchema, fields.applicant.identityDocument.issuingCountry),
      },
    },
    importPermitReference: allEmpty(reference.number, reference.issuingParty, reference.date)
      ? null
      : { number: reference.number, issuingParty: code(partyCodeSchema, reference.issuingParty), date: reference.date || null },
  };
}
