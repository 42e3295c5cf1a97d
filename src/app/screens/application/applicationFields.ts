import type { PermitDraft } from '../../../core/permit/model/permit-draft.ts';

// The application form's state: the permit draft's boxes as the text in each control. Field names and
// nesting follow the permit model (permitDraftSchema), so a rule finding's path, e.g. `lineItems.0.source`,
// names the form field it is about. toPermitDraft.ts turns this into the stored draft.

interface TaxonFields {
  taxonId: number | null;
  scientificName: string;
  commonName: string;
}

export interface LineItemFields {
  /** Keeps React's identity of a line item across removals; not stored. */
  key: string;
  taxon: TaxonFields | null;
  description: string;
  marks: string;
  term: string;
  appendix: string;
  source: string;
  quantity: { amount: string; unit: string };
  quota: { totalExported: string; annualQuota: string };
  origin: { country: string; permitNumber: string; date: string };
  lastReExport: { country: string; certificateNumber: string; date: string };
  operationNumber: string;
  acquisitionDate: string;
}

interface TraderFields {
  name: string;
  address: string;
  country: string;
}

export interface ApplicationFields {
  id: string;
  document: { type: string; description: string };
  importer: TraderFields;
  exporter: TraderFields;
  specialConditions: string;
  purpose: string;
  securityStamp: string;
  managementAuthority: { party: string; name: string; address: string };
  lineItems: LineItemFields[];
  applicant: { name: string; address: string; identityDocument: { type: string; number: string; issuingCountry: string } };
  importPermitReference: { number: string; issuingParty: string; date: string };
}

const text = (value: string | null | undefined) => value ?? '';
const amount = (value: number | undefined) => (value === undefined ? '' : String(value));
type LineItemDraft = NonNullable<PermitDraft['lineItems']>[number];

function lineItemFields(item: LineItemDraft, key: string): LineItemFields {
  return {
    key,
    taxon: item.taxon?.scientificName
      ? { taxonId: item.taxon.taxonId ?? null, scientificName: item.taxon.scientificName, commonName: text(item.taxon.commonName) }
      : null,
    description: text(item.description),
    marks: text(item.marks),
    term: text(item.term),
    appendix: text(item.appendix),
    source: text(item.source),
    quantity: { amount: amount(item.quantity?.amount), unit: text(item.quantity?.unit) },
    quota: { totalExported: amount(item.quota?.totalExported), annualQuota: amount(item.quota?.annualQuota) },
    origin: { country: text(item.origin?.country), permitNumber: text(item.origin?.permitNumber), date: text(item.origin?.date) },
    lastReExport: {
      country: text(item.lastReExport?.country),
      certificateNumber: text(item.lastReExport?.certificateNumber),
      date: text(item.lastReExport?.date),
    },
    operationNumber: text(item.operationNumber),
    acquisitionDate: text(item.acquisitionDate),
  };
}

export function emptyLineItem(key: string): LineItemFields {
  return lineItemFields({}, key);
}

/** The form for a stored draft (a new one: just its id and box 6). */
export function applicationFields(draft: PermitDraft, newKey: () => string): ApplicationFields {
  const trader = (value: PermitDraft['importer']): TraderFields => ({ name: text(value?.name), address: text(value?.address), country: text(value?.country) });
  const items = draft.lineItems && draft.lineItems.length > 0 ? draft.lineItems : [{}];
  return {
    id: draft.id,
    document: { type: text(draft.document?.type), description: text(draft.document?.description) },
    importer: trader(draft.importer),
    exporter: trader(draft.exporter),
    specialConditions: text(draft.specialConditions),
    purpose: text(draft.purpose),
    securityStamp: text(draft.securityStamp),
    managementAuthority: {
      party: text(draft.managementAuthority?.party),
      name: text(draft.managementAuthority?.name),
      address: text(draft.managementAuthority?.address),
    },
    lineItems: items.map((item) => lineItemFields(item, newKey())),
    applicant: {
      name: text(draft.applicant?.name),
      address: text(draft.applicant?.address),
      identityDocument: {
        type: text(draft.applicant?.identityDocument?.type),
        number: text(draft.applicant?.identityDocument?.number),
        issuingCountry: text(draft.applicant?.identityDocument?.issuingCountry),
      },
    },
    importPermitReference: {
      number: text(draft.importPermitReference?.number),
      issuingParty: text(draft.importPermitReference?.issuingParty),
      date: text(draft.importPermitReference?.date),
    },
  };
}
