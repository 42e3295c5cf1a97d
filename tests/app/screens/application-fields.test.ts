import { describe, expect, it } from 'vitest';
import { placeFindings } from '../../../src/app/components/form/findings.ts';
import { applicationFields } from '../../../src/app/screens/application/applicationFields.ts';
import { fieldValue, formFieldPaths, withFieldValue } from '../../../src/app/screens/application/fieldPaths.ts';
import { toPermitDraft } from '../../../src/app/screens/application/toPermitDraft.ts';
import { permitDraftSchema } from '../../../src/core/permit/model/permit-draft.ts';
import { PERMIT_FORMAT } from '../../../src/core/permit/model/permit.ts';
import type { Finding } from '../../../src/core/permit/rules/finding.ts';

const id = '5d7c1e1a-3b7a-4f5e-8d0a-2b9c4e6f7a81';
let keys = 0;
const newKey = () => `key-${++keys}`;
const finding = (path: string): Finding => ({ code: `code.${path}`, severity: 'error', path, message: { en: path, fr: path, es: path } });

describe('the application form’s fields', () => {
  it('turn into a stored draft the permit model accepts, and back, without loss', () => {
    let fields = applicationFields({ format: PERMIT_FORMAT, id }, newKey);
    for (const [path, value] of [
      ['document.type', 'export-permit'],
      ['importer.country', 'DE'],
      ['purpose', 'not-a-code'],
      ['lineItems.0.quantity.amount', '2.5'],
      ['lineItems.0.quantity.unit', 'KGM'],
      ['lineItems.0.origin.country', 'TZ'],
      ['applicant.identityDocument.number', 'AK1'],
    ] as const) {
      fields = withFieldValue(fields, path, value);
    }
    const draft = toPermitDraft(fields);
    expect(permitDraftSchema.parse(draft)).toMatchObject({
      document: { type: 'export-permit' },
      importer: { country: 'DE' },
      lineItems: [{ quantity: { amount: 2.5, unit: 'KGM' }, origin: { country: 'TZ', permitNumber: '', date: null }, quota: null, lastReExport: null }],
      applicant: { identityDocument: { number: 'AK1' } },
    });
    expect(draft.purpose).toBeUndefined(); // not a code: left unchosen rather than stored wrong
    const back = applicationFields(permitDraftSchema.parse(draft), newKey);
    expect(fieldValue(back, 'lineItems.0.quantity.amount')).toBe('2.5');
    expect(fieldValue(back, 'lineItems.0.origin.country')).toBe('TZ');
    expect(fieldValue(back, 'purpose')).toBe('');
  });

  it('name every field the way rule findings do, so each finding lands beside its field', () => {
    const fields = applicationFields({ format: PERMIT_FORMAT, id, lineItems: [{}, {}] }, newKey);
    const paths = formFieldPaths(fields);
    for (const path of paths) expect(() => withFieldValue(fields, path, '')).not.toThrow();
    const placed = placeFindings(
      [finding('purpose'), finding('lineItems.1.quantity'), finding('lineItems.0.taxon.scientificName'), finding('importPermitReference'), finding('validUntil'), finding('')],
      paths,
    );
    expect([...placed.byField.keys()]).toEqual(['purpose', 'lineItems.1.quantity.amount', 'lineItems.0.taxon', 'importPermitReference.number']);
    expect(placed.general.map((item) => item.path)).toEqual(['validUntil', '']);
  });
});
