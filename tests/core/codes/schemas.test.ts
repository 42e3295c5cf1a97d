import { describe, expect, it } from 'vitest';
import {
  countryCodeSchema,
  currentTermCodeSchema,
  currentUnitCodeSchema,
  partyCodeSchema,
  purposeCodeSchema,
  sourceCodeSchema,
  termCodeSchema,
  unitCodeSchema,
} from '../../../src/core/codes/index.ts';

function errorMessage(result: { success: boolean; error?: { issues: readonly { message: string }[] } }): string | undefined {
  return result.error?.issues[0]?.message;
}

describe('code schemas', () => {
  it('accept valid codes', () => {
    expect(purposeCodeSchema.parse('T')).toBe('T');
    expect(sourceCodeSchema.parse('W')).toBe('W');
    expect(termCodeSchema.parse('UNS')).toBe('UNS');
    expect(currentTermCodeSchema.parse('LIV')).toBe('LIV');
    expect(unitCodeSchema.parse('KIL')).toBe('KIL');
    expect(currentUnitCodeSchema.parse('KGM')).toBe('KGM');
    expect(countryCodeSchema.parse('XX')).toBe('XX');
    expect(partyCodeSchema.parse('KE')).toBe('KE');
  });

  it('refuse invalid codes with a message that names the value and the list', () => {
    expect(errorMessage(purposeCodeSchema.safeParse('A'))).toBe('"A" is not a CITES purpose code');
    expect(errorMessage(sourceCodeSchema.safeParse('w'))).toBe('"w" is not a CITES source code');
    expect(errorMessage(termCodeSchema.safeParse('LIVE'))).toBe('"LIVE" is not a CITES term code');
    expect(errorMessage(countryCodeSchema.safeParse('QQ'))).toBe('"QQ" is not a CITES country code');
    expect(errorMessage(purposeCodeSchema.safeParse(7))).toBe('7 is not a CITES purpose code');
  });

  it('refuse historical and legacy codes where only current ones may go on a new permit', () => {
    expect(errorMessage(currentTermCodeSchema.safeParse('UNS'))).toBe('"UNS" is not a current CITES term code');
    expect(errorMessage(currentUnitCodeSchema.safeParse('KIL'))).toBe('"KIL" is not a current CITES unit code');
    expect(errorMessage(currentUnitCodeSchema.safeParse(''))).toBe('"" is not a current CITES unit code');
    expect(errorMessage(partyCodeSchema.safeParse('XX'))).toBe('"XX" is not a CITES Party code');
  });
});
