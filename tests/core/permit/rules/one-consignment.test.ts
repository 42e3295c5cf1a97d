import { describe, expect, it } from 'vitest';
import { checkIssuingAuthority } from '../../../../src/core/permit/rules/issuing-authority.ts';
import { checkOneConsignment } from '../../../../src/core/permit/rules/one-consignment.ts';
import { validExport } from '../permit-fixture.ts';
import { changedExport, codes, date, ruleContext } from './rule-context.ts';

const endorsed = (actualQuantities: number[]) =>
  changedExport((p) => {
    p.status = 'endorsed';
    p.endorsement = { actualQuantities, port: 'JKIA Nairobi', date: date('2026-11-25'), inspector: 'A. Mwangi', billOfLading: '706-12345675' };
  });

describe('checkOneConsignment', () => {
  it('accepts one exporter in the issuing Party and one importer abroad', () => {
    expect(checkOneConsignment(validExport())).toEqual([]);
  });

  it('refuses an importer and an exporter in the same country', () => {
    expect(codes(checkOneConsignment(changedExport((p) => { p.importer.country = 'KE'; })))).toEqual(['consignment.same-country']);
  });

  it('refuses an export document for a consignment leaving another country', () => {
    expect(codes(checkOneConsignment(changedExport((p) => { p.exporter.country = 'TZ'; })))).toEqual(['consignment.exporter-outside-issuing-party']);
  });

  it('refuses an import permit for a consignment entering another country', () => {
    const permit = changedExport((p) => {
      p.document = { type: 'import-permit' };
      p.exporter.country = 'DE';
      p.importer.country = 'UG';
    });
    expect(codes(checkOneConsignment(permit))).toEqual(['consignment.importer-outside-issuing-party']);
  });

  it('accepts an endorsement with one actual quantity per line item, within the permit', () => {
    expect(checkOneConsignment(endorsed([4, 180]))).toEqual([]);
  });

  it('refuses an endorsement that does not match the line items', () => {
    expect(codes(checkOneConsignment(endorsed([4])))).toEqual(['consignment.endorsement-line-count']);
    expect(codes(checkOneConsignment(endorsed([4, 201])))).toEqual(['consignment.endorsed-quantity-exceeds-permit']);
  });

  it('warns when a line item repeats another', () => {
    const permit = changedExport((p) => {
      const [first] = p.lineItems;
      if (first !== undefined) p.lineItems.push({ ...first });
    });
    const findings = checkOneConsignment(permit);
    expect(codes(findings)).toEqual(['consignment.duplicate-line-item']);
    expect(findings[0]?.severity).toBe('warning');
    expect(findings[0]?.path).toBe('lineItems.2');
  });
});

describe('checkIssuingAuthority', () => {
  it('accepts the authority’s own Party in box 6', () => {
    expect(checkIssuingAuthority(validExport(), ruleContext())).toEqual([]);
  });

  it('refuses a document of another Party', () => {
    expect(codes(checkIssuingAuthority(validExport(), ruleContext({ authorityParty: 'UG' })))).toEqual(['authority.other-party']);
  });
});
