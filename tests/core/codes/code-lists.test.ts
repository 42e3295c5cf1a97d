import { describe, expect, it } from 'vitest';
import {
  codeListsCredit,
  countryRecords,
  currentTermCodes,
  currentUnitCodes,
  isValidPurposeCode,
  isValidSourceCode,
  isValidTermCode,
  nameIn,
  partyCodes,
  purposeCode,
  purposeRecords,
  sourceCode,
  sourceRecords,
  termCode,
  termRecords,
  unitRecords,
} from '../../../src/core/codes/index.ts';

const allLists = { purpose: purposeRecords, source: sourceRecords, term: termRecords, unit: unitRecords, country: countryRecords };

describe('CITES code lists', () => {
  it('hold the counts of the CITES Trade Database Guide v9', () => {
    expect(purposeRecords).toHaveLength(12);
    expect(sourceRecords).toHaveLength(11);
    expect(termRecords).toHaveLength(121);
    expect(termRecords.filter((record) => record.current)).toHaveLength(91);
    expect(currentTermCodes).toHaveLength(91);
    expect(unitRecords).toHaveLength(44);
    expect(currentUnitCodes).toEqual(['GRM', 'KGM', 'LTR', 'MLT', 'MTR', 'CMQ', 'MTK', 'MTQ', 'NAR']);
    expect(partyCodes).toHaveLength(184);
    expect(countryRecords.filter((record) => record.isParty)).toHaveLength(184);
  });

  it('give every record a non-empty EN, FR and ES name', () => {
    for (const [list, records] of Object.entries(allLists)) {
      for (const record of records) {
        for (const language of ['en', 'fr', 'es'] as const) {
          expect(nameIn(language, record).trim(), `${list} ${record.code} ${language}`).not.toBe('');
        }
      }
    }
  });

  it('have no duplicate codes', () => {
    for (const records of Object.values(allLists)) {
      expect(new Set(records.map((record) => record.code)).size).toBe(records.length);
    }
  });

  it("mark the project's own translations: the 16 recent terms the sources name only in English", () => {
    const translated = termRecords.filter((record) => record.translatedByProject);
    expect(translated).toHaveLength(16);
    expect(translated.every((record) => record.current)).toBe(true);
    expect(termCode('COS')).toMatchObject({ name: { en: 'Cosmetics', fr: 'cosmétiques', es: 'cosméticos' }, translatedByProject: ['fr', 'es'] });
    expect(termCode('LIV')?.translatedByProject).toBeUndefined();
    expect(sourceCode('X')?.translatedByProject).toEqual(['fr', 'es']);
  });

  it('look codes up by value, and return undefined for unknown ones', () => {
    expect(purposeCode('T')?.name).toEqual({ en: 'Commercial', fr: 'Transaction commerciale', es: 'Comercial' });
    const wild = sourceCode('W');
    expect(wild && nameIn('fr', wild)).toBe('Prélevés dans la nature');
    expect(purposeCode('A')).toBeUndefined();
    expect(sourceCode('t')).toBeUndefined();
    expect(isValidPurposeCode('Z')).toBe(true);
    expect(isValidSourceCode('W')).toBe(true);
    expect(isValidSourceCode('K')).toBe(false);
  });

  it('keep historical term codes valid but not current', () => {
    expect(isValidTermCode('UNS')).toBe(true);
    expect(termCode('UNS')?.current).toBe(false);
    expect(termCode('LIV')?.current).toBe(true);
    expect(isValidTermCode('XYZ')).toBe(false);
  });

  it('export the credit line the guide asks for', () => {
    expect(codeListsCredit).toBe('Code lists: CITES Trade Database Guide v9 (2022), UNEP-WCMC for the CITES Secretariat.');
  });
});
