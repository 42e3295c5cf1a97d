import { describe, expect, it } from 'vitest';
import { checkArticle4ExportDocument } from '../../../../src/core/permit/rules/art4-export-permit.ts';
import { checkArticle5AppendixIII } from '../../../../src/core/permit/rules/art5-appendix-iii.ts';
import { checkReExport } from '../../../../src/core/permit/rules/re-export.ts';
import { validExport } from '../permit-fixture.ts';
import { changedExport, codes, date, ruleContext } from './rule-context.ts';

/** An export by `party` of Meleagris ocellata (Appendix III, listed by Guatemala) under the given document. */
const ocellatedTurkey = (party: 'GT' | 'MX', type: 'export-permit' | 'certificate-of-origin') =>
  changedExport((p) => {
    p.document = { type };
    p.managementAuthority.party = party;
    p.exporter.country = party;
    p.lineItems = p.lineItems.slice(0, 1).map((item) => ({
      ...item,
      taxon: { taxonId: 3270, scientificName: 'Meleagris ocellata', commonName: 'Ocellated turkey' },
      appendix: 'III',
      source: 'W',
      term: 'FEA',
      quantity: { amount: 2, unit: 'KGM' },
    }));
  });

describe('checkArticle4ExportDocument', () => {
  it('accepts Appendix-II specimens under an export permit', () => {
    expect(checkArticle4ExportDocument(validExport())).toEqual([]);
  });

  it('refuses Appendix-II specimens under a certificate of origin', () => {
    const permit = changedExport((p) => { p.document = { type: 'certificate-of-origin' }; });
    expect(codes(checkArticle4ExportDocument(permit))).toEqual(['art4.export-permit-required', 'art4.export-permit-required']);
  });
});

describe('checkArticle5AppendixIII', () => {
  it('accepts an export permit from the listing Party', () => {
    expect(checkArticle5AppendixIII(ocellatedTurkey('GT', 'export-permit'), ruleContext())).toEqual([]);
  });

  it('accepts a certificate of origin from another State', () => {
    expect(checkArticle5AppendixIII(ocellatedTurkey('MX', 'certificate-of-origin'), ruleContext())).toEqual([]);
  });

  it('requires a certificate of origin, not an export permit, from a Party that did not list the species', () => {
    expect(codes(checkArticle5AppendixIII(ocellatedTurkey('MX', 'export-permit'), ruleContext()))).toEqual(['art5.certificate-of-origin-required']);
  });

  it('requires an export permit from the listing Party', () => {
    expect(codes(checkArticle5AppendixIII(ocellatedTurkey('GT', 'certificate-of-origin'), ruleContext()))).toEqual(['art5.export-permit-required']);
  });
});

describe('checkReExport', () => {
  it('accepts an export of specimens originating in the exporting country', () => {
    expect(checkReExport(validExport())).toEqual([]);
  });

  it('refuses specimens originating elsewhere on an export permit', () => {
    const permit = changedExport((p) => {
      const [item] = p.lineItems;
      if (item !== undefined) item.origin = { country: 'TZ', permitNumber: 'TZ-0099', date: date('2025-03-01') };
    });
    const findings = checkReExport(permit);
    expect(codes(findings)).toEqual(['re-export.certificate-required']);
    expect(findings[0]?.path).toBe('lineItems.0.origin.country');
  });

  it('requires the country of origin on a re-export certificate, and accepts it when given', () => {
    const permit = changedExport((p) => { p.document = { type: 're-export-certificate' }; });
    expect(codes(checkReExport(permit))).toEqual(['re-export.origin-required', 're-export.origin-required']);
    permit.lineItems.forEach((item) => { item.origin = { country: 'TZ', permitNumber: 'TZ-0099', date: date('2025-03-01') }; });
    expect(checkReExport(permit)).toEqual([]);
  });
});
