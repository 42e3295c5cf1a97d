import { describe, expect, it } from 'vitest';
import { QUOTA_NEAR_FRACTION, checkQuota } from '../../../../src/core/permit/rules/quota.ts';
import { validExport } from '../permit-fixture.ts';
import { VARANUS_SHARE, changedExport, codes, ruleContext } from './rule-context.ts';

const withUsed = (used: number) => ruleContext({ quotaShares: [{ ...VARANUS_SHARE, used }] });

describe('checkQuota', () => {
  it('accepts a permit well within the device’s share', () => {
    expect(checkQuota(validExport(), ruleContext())).toEqual([]);
  });

  it('is an error past the share', () => {
    const findings = checkQuota(validExport(), withUsed(801));
    expect(codes(findings)).toEqual(['quota.share-exceeded']);
    expect(findings[0]?.path).toBe('lineItems.1.quantity.amount');
  });

  it(`warns "near" the share: at ${QUOTA_NEAR_FRACTION * 100} % of it or more after this permit`, () => {
    expect(checkQuota(validExport(), withUsed(699))).toEqual([]);
    const findings = checkQuota(validExport(), withUsed(700));
    expect(codes(findings)).toEqual(['quota.share-nearly-used']);
    expect(findings[0]?.severity).toBe('warning');
    expect(codes(checkQuota(validExport(), withUsed(800)))).toEqual(['quota.share-nearly-used']);
  });

  it('is an error when the taxon is under quota (box 11a) and the device holds no share this year', () => {
    expect(codes(checkQuota(validExport(), ruleContext({ quotaShares: [] })))).toEqual(['quota.no-share']);
    expect(codes(checkQuota(validExport(), ruleContext({ quotaShares: [{ ...VARANUS_SHARE, year: 2025 }] })))).toEqual(['quota.no-share']);
  });

  it('is an error when the quantity is not in the share’s unit', () => {
    const permit = changedExport((p) => {
      const skins = p.lineItems[1];
      if (skins !== undefined) skins.quantity = { amount: 200, unit: 'KGM' };
    });
    expect(codes(checkQuota(permit, ruleContext()))).toEqual(['quota.unit-mismatch']);
  });

  it('is an error when box 11a exceeds the annual quota, also where no device shares are held', () => {
    const permit = changedExport((p) => {
      const skins = p.lineItems[1];
      if (skins !== undefined) skins.quota = { totalExported: 5200, annualQuota: 5000 };
    });
    expect(codes(checkQuota(permit, ruleContext({ quotaShares: null })))).toEqual(['quota.box-11a-exceeded']);
    expect(checkQuota(validExport(), ruleContext({ quotaShares: null }))).toEqual([]);
  });
});
