import { z } from 'zod';
import { countryCodes, partyCodes } from './data/country-codes.ts';
import { purposeCodes } from './data/purpose-codes.ts';
import { sourceCodes } from './data/source-codes.ts';
import { currentTermCodes, termCodes } from './data/term-codes.ts';
import { currentUnitCodes, unitCodes } from './data/unit-codes.ts';

/** A z.enum whose error names the list instead of enumerating its (up to 268) values. */
function codeSchema<const Codes extends readonly string[]>(codes: Codes, listName: string) {
  return z.enum(codes, {
    error: (issue) => {
      const shown = typeof issue.input === 'string' ? `"${issue.input}"` : String(issue.input);
      return `${shown} is not a ${listName} code`;
    },
  });
}

export const purposeCodeSchema = codeSchema(purposeCodes, 'CITES purpose');
export const sourceCodeSchema = codeSchema(sourceCodes, 'CITES source');
/** Any known term code, historical ones included (old trade records); new permits use currentTermCodeSchema. */
export const termCodeSchema = codeSchema(termCodes, 'CITES term');
export const currentTermCodeSchema = codeSchema(currentTermCodes, 'current CITES term');
/** Any known unit code, legacy ones and the pre-2021 blank unit ('') included; new permits use currentUnitCodeSchema. */
export const unitCodeSchema = codeSchema(unitCodes, 'CITES unit');
export const currentUnitCodeSchema = codeSchema(currentUnitCodes, 'current CITES unit');
/** Any CITES country code, including special (XX, XV, HS) and historical ones. */
export const countryCodeSchema = codeSchema(countryCodes, 'CITES country');
export const partyCodeSchema = codeSchema(partyCodes, 'CITES Party');
