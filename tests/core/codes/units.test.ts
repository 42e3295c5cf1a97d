import { describe, expect, it } from 'vitest';
import { isValidUnitCode, legacyUnitFor, unitCode, unitForLegacy, unitRecords } from '../../../src/core/codes/index.ts';

// The May 2021 Guidelines' replacements, legacy code first; the blank unit ('') meant "number of specimens".
const replacements = [
  ['KIL', 'KGM'],
  ['CCM', 'CMQ'],
  ['SQM', 'MTK'],
  ['CUM', 'MTQ'],
  ['', 'NAR'],
] as const;

describe('unit codes', () => {
  it.each(replacements)('map legacy %j to current %s and back', (legacy, current) => {
    expect(unitForLegacy(legacy)).toBe(current);
    expect(legacyUnitFor(current)).toBe(legacy);
    expect(unitCode(legacy)?.current).toBe(false);
    expect(unitCode(current)?.current).toBe(true);
  });

  it('map nothing else: other units were neither replaced nor replace one', () => {
    const mapped = unitRecords.filter((record) => record.replacedBy !== undefined || record.replaces !== undefined);
    expect(mapped.map((record) => record.code).sort()).toEqual(replacements.flat().sort());
    expect(unitForLegacy('KGM')).toBeUndefined();
    expect(legacyUnitFor('GRM')).toBeUndefined();
    expect(unitForLegacy('NOPE')).toBeUndefined();
  });

  it('know legacy units that have no replacement, and refuse unknown ones', () => {
    expect(isValidUnitCode('PCS')).toBe(true);
    expect(unitCode('PCS')?.current).toBe(false);
    expect(isValidUnitCode('kg')).toBe(false);
    expect(unitCode('XYZ')).toBeUndefined();
  });
});
