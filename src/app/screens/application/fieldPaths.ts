import type { ApplicationFields } from './applicationFields.ts';

// Form fields are addressed by their dotted path in the permit model (`lineItems.0.quantity.amount`), the
// same paths rule findings carry.

type Node = string | number | boolean | null | Node[] | { [key: string]: Node };

function asNode(fields: ApplicationFields): Node {
  return fields as unknown as Node;
}

/** The text of the field at `path`, '' when there is none. */
export function fieldValue(fields: ApplicationFields, path: string): string {
  let node: Node | undefined = asNode(fields);
  for (const part of path.split('.')) {
    node = node !== null && typeof node === 'object' ? (Array.isArray(node) ? node[Number(part)] : node[part]) : undefined;
  }
  return typeof node === 'string' ? node : '';
}

function withValue(node: Node, parts: readonly string[], value: Node): Node {
  const [part, ...rest] = parts;
  if (part === undefined) return value;
  if (Array.isArray(node)) return node.map((child, index) => (index === Number(part) ? withValue(child, rest, value) : child));
  if (node !== null && typeof node === 'object') return { ...node, [part]: withValue(node[part] ?? null, rest, value) };
  throw new Error(`no form field at ${parts.join('.')}`);
}

/** The form with the field at `path` set to `value`. */
export function withFieldValue(fields: ApplicationFields, path: string, value: string): ApplicationFields {
  return withValue(asNode(fields), path.split('.'), value) as unknown as ApplicationFields;
}

const lineItemFieldPaths = [
  'taxon', 'description', 'marks', 'term', 'appendix', 'source', 'quantity.amount', 'quantity.unit',
  'quota.totalExported', 'quota.annualQuota', 'origin.country', 'origin.permitNumber', 'origin.date',
  'lastReExport.country', 'lastReExport.certificateNumber', 'lastReExport.date', 'operationNumber', 'acquisitionDate',
];

/** Every field the form shows, in the order it shows them (the standard form's box order). */
export function formFieldPaths(fields: ApplicationFields): string[] {
  return [
    'document.type',
    ...(fields.document.type === 'other' ? ['document.description'] : []),
    'importer.name', 'importer.address', 'importer.country',
    'exporter.name', 'exporter.address', 'exporter.country',
    'specialConditions', 'purpose', 'securityStamp',
    'managementAuthority.party', 'managementAuthority.name', 'managementAuthority.address',
    'importPermitReference.number', 'importPermitReference.issuingParty', 'importPermitReference.date',
    ...fields.lineItems.flatMap((_, index) => lineItemFieldPaths.map((path) => `lineItems.${index}.${path}`)),
    'applicant.name', 'applicant.address',
    'applicant.identityDocument.type', 'applicant.identityDocument.number', 'applicant.identityDocument.issuingCountry',
  ];
}
