import { describe, expect, it } from 'vitest';
import { checkArticle3CommercialPurpose } from '../../../../src/core/permit/rules/art3-commercial-purpose.ts';
import { checkArticle3ImportPermit } from '../../../../src/core/permit/rules/art3-import-permit.ts';
import { validExport } from '../permit-fixture.ts';
import { changedExport, codes } from './rule-context.ts';

/** The example permit with its first line item an Appendix-I specimen of the given source. */
const appendixI = (source: 'W' | 'C' | 'D', purpose: 'T' | 'Z' = 'Z') =>
  changedExport((p) => {
    const [item] = p.lineItems;
    if (item !== undefined) Object.assign(item, { appendix: 'I', source });
    p.purpose = purpose;
  });

describe('checkArticle3ImportPermit', () => {
  it('asks nothing of an Appendix-II export', () => {
    expect(checkArticle3ImportPermit(validExport())).toEqual([]);
  });

  it('requires the import permit reference for an Appendix-I export', () => {
    const findings = checkArticle3ImportPermit(appendixI('W'));
    expect(codes(findings)).toEqual(['art3.import-permit-required']);
    expect(findings[0]?.path).toBe('importPermitReference');
  });

  it('accepts an Appendix-I export with the importing Party’s permit', () => {
    const permit = appendixI('W');
    permit.importPermitReference = { number: 'DE-2026-000123', issuingParty: 'DE', date: null };
    expect(checkArticle3ImportPermit(permit)).toEqual([]);
  });

  it('refuses an import permit from a Party other than the country of import', () => {
    const permit = appendixI('W');
    permit.importPermitReference = { number: 'FR-2026-000123', issuingParty: 'FR', date: null };
    expect(codes(checkArticle3ImportPermit(permit))).toEqual(['art3.import-permit-party-mismatch']);
  });

  it('leaves out source D, which Art. VII(4) treats as Appendix II', () => {
    expect(checkArticle3ImportPermit(appendixI('D'))).toEqual([]);
  });
});

describe('checkArticle3CommercialPurpose', () => {
  it('allows a non-commercial purpose for wild Appendix-I specimens', () => {
    expect(checkArticle3CommercialPurpose(appendixI('W', 'Z'))).toEqual([]);
  });

  it('allows purpose T for Appendix-II specimens', () => {
    expect(checkArticle3CommercialPurpose(validExport())).toEqual([]);
  });

  it('refuses purpose T for wild Appendix-I specimens', () => {
    const findings = checkArticle3CommercialPurpose(appendixI('W', 'T'));
    expect(codes(findings)).toEqual(['art3.commercial-purpose-appendix-i']);
    expect(findings[0]?.path).toBe('purpose');
    expect(findings[0]?.message.fr).toContain('ligne 1');
  });
});
