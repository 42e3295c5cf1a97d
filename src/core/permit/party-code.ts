// A Party is named in a permit number by its ISO 3166-1 alpha-2 code, upper case.
import { getAlpha2Codes } from 'i18n-iso-countries';

const ALPHA2_CODES: ReadonlySet<string> = new Set(Object.keys(getAlpha2Codes()));

export function isPartyCode(text: string): boolean {
  return ALPHA2_CODES.has(text);
}
