import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES, documentSchema } from '../../../../src/core/permit/model/document-type.ts';
import { permitDraftSchema } from '../../../../src/core/permit/model/permit-draft.ts';
import { permitSchema } from '../../../../src/core/permit/model/permit.ts';
import { VALID_EXPORT_PATH, readValidExportJson } from '../permit-fixture.ts';

function withChange(change: (permit: Record<string, unknown>) => void): unknown {
  const json = readValidExportJson() as Record<string, unknown>;
  change(json);
  return json;
}

describe('permitSchema', () => {
  it('accepts the example of docs/permit-format.md', () => {
    expect(permitSchema.safeParse(readValidExportJson()).success).toBe(true);
  });

  it('has every document type of DESIGN §3', () => {
    expect(DOCUMENT_TYPES).toHaveLength(9);
    expect(documentSchema.safeParse({ type: 'travelling-exhibition-certificate' }).success).toBe(true);
  });

  it('requires a description for "other" documents', () => {
    expect(documentSchema.safeParse({ type: 'other' }).success).toBe(false);
    expect(documentSchema.safeParse({ type: 'other', description: '  ' }).success).toBe(false);
    expect(documentSchema.safeParse({ type: 'other', description: 'Scientific exchange label' }).success).toBe(true);
  });

  it.each([
    ['an unknown format', (p: Record<string, unknown>) => { p.format = 'hornbill-permit/2'; }],
    ['an id that is not a UUID', (p: Record<string, unknown>) => { p.id = 'permit-1'; }],
    ['a permit number with a wrong check character', (p: Record<string, unknown>) => { p.number = 'KE26-T3F-00042-7'; }],
    ['no line item', (p: Record<string, unknown>) => { p.lineItems = []; }],
    ['an unknown purpose code', (p: Record<string, unknown>) => { p.purpose = 'K'; }],
    ['a blank importer name', (p: Record<string, unknown>) => { p.importer = { name: ' ', address: 'x', country: 'DE' }; }],
    ['an impossible valid-until date', (p: Record<string, unknown>) => { p.validUntil = '2027-02-30'; }],
  ])('refuses %s', (_name, change) => {
    expect(permitSchema.safeParse(withChange(change)).success).toBe(false);
  });

  it('takes an absent unit as number of specimens and refuses NAR, its 2021 code, as a second spelling', () => {
    const withNar = withChange((p) => {
      const [first] = p.lineItems as Record<string, unknown>[];
      if (first !== undefined) first.quantity = { amount: 4, unit: 'NAR' };
    });
    expect(permitSchema.safeParse(withNar).success).toBe(false);
  });
});

describe('permitDraftSchema', () => {
  it('accepts an empty draft that has only its format and id', () => {
    expect(permitDraftSchema.safeParse({ format: 'hornbill-permit/1', id: '3f0c6a8e-2b1d-4c7a-9e5f-1a2b3c4d5e6f' }).success).toBe(true);
  });

  it('accepts half-typed boxes', () => {
    const draft = {
      format: 'hornbill-permit/1',
      id: '3f0c6a8e-2b1d-4c7a-9e5f-1a2b3c4d5e6f',
      importer: { name: '' },
      validUntil: '2027-0',
      lineItems: [{ taxon: { scientificName: 'Balearica' }, quantity: {} }],
    };
    expect(permitDraftSchema.safeParse(draft).success).toBe(true);
  });

  it('still refuses codes outside their lists, and a draft without id', () => {
    expect(permitDraftSchema.safeParse({ format: 'hornbill-permit/1', id: '3f0c6a8e-2b1d-4c7a-9e5f-1a2b3c4d5e6f', purpose: 'K' }).success).toBe(false);
    expect(permitDraftSchema.safeParse({ format: 'hornbill-permit/1' }).success).toBe(false);
  });

  it('accepts every complete permit', () => {
    expect(permitDraftSchema.safeParse(readValidExportJson()).success).toBe(true);
  });
});

describe('docs/permit-format.md', () => {
  it('shows the fixture as its example, byte for byte', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../../../docs/permit-format.md', import.meta.url)), 'utf8');
    const example = /## Example[\s\S]*?```json\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(example).toBe(readFileSync(VALID_EXPORT_PATH, 'utf8'));
  });
});
