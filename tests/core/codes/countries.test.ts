import { describe, expect, it } from 'vitest';
import { countryByCode, countryRecords, isValidCountryCode, nameIn } from '../../../src/core/codes/index.ts';

describe('country codes', () => {
  it('know Kenya as a Party since the date in the guide, named by ISO 3166-1', () => {
    expect(countryByCode('KE')).toMatchObject({ code: 'KE', isParty: true, status: 'party', entryIntoForce: '1979-03-13' });
    expect(countryByCode('FR')?.name).toEqual({ en: 'France', fr: 'France', es: 'Francia' });
  });

  it('give every Party an ISO entry-into-force date and no other code one', () => {
    for (const record of countryRecords) {
      if (record.isParty) expect(record.entryIntoForce, record.code).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      else expect(record.entryIntoForce, record.code).toBeUndefined();
    }
  });

  it('hold the special codes XX (unknown) and HS (introduction from the sea), not as Parties', () => {
    expect(countryByCode('XX')).toMatchObject({ status: 'special', isParty: false, name: { en: 'Unknown' } });
    expect(countryByCode('HS')).toMatchObject({ status: 'special', isParty: false, name: { en: 'Introduction from the sea' } });
    const introductionFromTheSea = countryByCode('HS');
    expect(introductionFromTheSea && nameIn('es', introductionFromTheSea)).toBe('Introducción procedente del mar');
  });

  it('flag territories and historical codes', () => {
    expect(countryByCode('GI')).toMatchObject({ status: 'non-party-or-territory', dependentOn: 'GB', isParty: false });
    expect(countryByCode('YU')).toMatchObject({ status: 'historical', isParty: false, name: { en: 'Former Yugoslavia' } });
    expect(countryByCode('EU')).toMatchObject({ isParty: true, entryIntoForce: '2015-07-08', name: { en: 'European Union' } });
  });

  it('return undefined for an unknown code', () => {
    expect(countryByCode('QQ')).toBeUndefined();
    expect(countryByCode('ke')).toBeUndefined();
    expect(isValidCountryCode('QQ')).toBe(false);
    expect(isValidCountryCode('XX')).toBe(true);
  });
});
