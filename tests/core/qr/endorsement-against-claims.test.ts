// Box 14 against the QR's claims: one quantity per line item, none above the permitted one, not all zero.
import { describe, expect, it } from 'vitest';
import { checkEndorsementAgainstClaims } from '../../../src/core/qr/endorsement-against-claims.ts';
import { validExport } from '../permit/permit-fixture.ts';
import { claimsOf } from './qr-fixture.ts';

// Two line items: 4 live cranes and 200 skins.
const claims = claimsOf(validExport());
const endorsement = { actualQuantities: [4, 150], port: 'Mombasa', date: '2026-11-24', inspector: 'Amina Wekesa', billOfLading: 'MSKU 1234567' };

describe('checkEndorsementAgainstClaims', () => {
  it('accepts quantities up to the permitted ones, some of them 0', () => {
    expect(checkEndorsementAgainstClaims(endorsement, claims)).toEqual({ ok: true, value: endorsement });
    expect(checkEndorsementAgainstClaims({ ...endorsement, actualQuantities: [0, 200], billOfLading: null }, claims).ok).toBe(true);
  });

  it('refuses a quantity above the permitted one, naming the line item', () => {
    const result = checkEndorsementAgainstClaims({ ...endorsement, actualQuantities: [5, 150] }, claims);
    expect(result).toMatchObject({ ok: false, error: { code: 'endorse.above-permitted', lineItem: 0 } });
    expect(result.ok ? '' : result.error.message.en).toBe('Line item A: the actual quantity 5 is above the permitted 4.');
  });

  it('refuses a count of quantities other than the line items’', () => {
    const result = checkEndorsementAgainstClaims({ ...endorsement, actualQuantities: [4] }, claims);
    expect(result).toMatchObject({ ok: false, error: { code: 'endorse.line-count', lineItem: null } });
  });

  it('refuses an export of nothing', () => {
    expect(checkEndorsementAgainstClaims({ ...endorsement, actualQuantities: [0, 0] }, claims)).toMatchObject({ ok: false, error: { code: 'endorse.nothing-exported' } });
  });

  it.each([
    ['a negative quantity', { ...endorsement, actualQuantities: [-1, 150] }],
    ['an empty port', { ...endorsement, port: '' }],
    ['a date that is not a calendar date', { ...endorsement, date: '24/11/2026' }],
    ['no inspector', { ...endorsement, inspector: undefined }],
  ])('refuses %s as malformed', (_label, bad) => {
    expect(checkEndorsementAgainstClaims(bad, claims)).toMatchObject({ ok: false, error: { code: 'endorse.invalid' } });
  });
});
