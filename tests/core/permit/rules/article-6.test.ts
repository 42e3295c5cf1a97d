import { describe, expect, it } from 'vitest';
import { addMonths } from '../../../../src/core/permit/rules/calendar-months.ts';
import { checkArticle6Validity } from '../../../../src/core/permit/rules/art6-validity.ts';
import { validExport } from '../permit-fixture.ts';
import { changedExport, codes, date, ruleContext } from './rule-context.ts';

describe('addMonths', () => {
  it.each([
    ['2026-11-20', 6, '2027-05-20'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-01-15', 12, '2027-01-15'],
    ['2026-12-31', 1, '2027-01-31'],
  ])('%s + %i months = %s', (from, months, expected) => {
    expect(addMonths(date(from), months)).toBe(expected);
  });
});

describe('checkArticle6Validity', () => {
  it('accepts an export permit valid for less than six months', () => {
    expect(checkArticle6Validity(validExport(), ruleContext())).toEqual([]);
  });

  it('accepts exactly six months from issue', () => {
    const permit = changedExport((p) => { p.validUntil = date('2027-05-20'); });
    expect(checkArticle6Validity(permit, ruleContext())).toEqual([]);
  });

  it('refuses an export permit valid for more than six months', () => {
    const permit = changedExport((p) => { p.validUntil = date('2027-05-21'); });
    const findings = checkArticle6Validity(permit, ruleContext());
    expect(codes(findings)).toEqual(['art6.validity-too-long']);
    expect(findings[0]?.message.en).toContain('2027-05-20');
  });

  it('allows an import permit twelve months, not thirteen', () => {
    const importPermit = (validUntil: string) =>
      changedExport((p) => {
        p.document = { type: 'import-permit' };
        p.validUntil = date(validUntil);
      });
    expect(checkArticle6Validity(importPermit('2027-11-20'), ruleContext())).toEqual([]);
    expect(codes(checkArticle6Validity(importPermit('2027-12-20'), ruleContext()))).toEqual(['art6.validity-too-long']);
  });

  it('counts from today for an application not yet issued', () => {
    const application = changedExport((p) => {
      p.status = 'processed';
      p.issuance = null;
      p.validUntil = date('2027-05-27');
    });
    expect(codes(checkArticle6Validity(application, ruleContext()))).toEqual(['art6.validity-too-long']);
  });

  it('refuses a valid-until date in the past for a permit still in use, not for an endorsed one', () => {
    const past = (status: 'issued' | 'endorsed') =>
      changedExport((p) => {
        p.status = status;
        p.issuance = { place: 'Nairobi', date: date('2026-05-01'), official: 'J. Wanjiru' };
        p.validUntil = date('2026-10-31');
      });
    expect(codes(checkArticle6Validity(past('issued'), ruleContext()))).toEqual(['art6.valid-until-past']);
    expect(checkArticle6Validity(past('endorsed'), ruleContext())).toEqual([]);
  });

  it('refuses a valid-until date before the issue date', () => {
    const permit = changedExport((p) => { p.validUntil = date('2026-11-19'); });
    expect(codes(checkArticle6Validity(permit, ruleContext({ clock: () => date('2026-11-01') })))).toEqual(['art6.valid-until-before-issue']);
  });
});
