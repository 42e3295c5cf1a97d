import { describe, expect, it } from 'vitest';
import { validatePermit } from '../../../../src/core/permit/rules/validate-permit.ts';
import { validExport } from '../permit-fixture.ts';
import { changedExport, codes, ruleContext } from './rule-context.ts';

describe('validatePermit', () => {
  it('finds nothing wrong with the example permit of docs/permit-format.md', () => {
    expect(validatePermit(validExport(), ruleContext())).toEqual({ valid: true, errors: [], warnings: [] });
  });

  it('also finds it valid where no device holds quota shares (HQ, CLI)', () => {
    expect(validatePermit(validExport(), ruleContext({ quotaShares: null })).valid).toBe(true);
  });

  it('sorts findings into errors and warnings, and any error makes the permit invalid', () => {
    const permit = changedExport((p) => {
      const [crane] = p.lineItems;
      if (crane !== undefined) crane.quantity = { amount: 4, unit: 'MTQ' };
      p.importer.country = 'KE';
    });
    const result = validatePermit(permit, ruleContext());
    expect(result.valid).toBe(false);
    expect(codes(result.errors)).toEqual(['consignment.same-country']);
    expect(codes(result.warnings)).toEqual(['term-unit.unusual-pair']);
  });

  it('gives every finding a message in English, French and Spanish, each different from the others', () => {
    const permit = changedExport((p) => {
      p.document = { type: 'certificate-of-origin' };
      p.lineItems.forEach((item) => { item.appendix = 'I'; item.source = 'D'; });
    });
    const { errors, warnings } = validatePermit(permit, ruleContext());
    expect(errors.length + warnings.length).toBeGreaterThan(3);
    for (const finding of [...errors, ...warnings]) {
      expect(new Set([finding.message.en, finding.message.fr, finding.message.es]).size, finding.code).toBe(3);
    }
  });
});
