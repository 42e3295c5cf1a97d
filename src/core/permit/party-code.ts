// A permit number names the issuing Party by its ISO 3166-1 alpha-2 code, upper case. Only CITES Parties
// issue CITES documents, so the code must be a Party in the CITES code list (src/core/codes).
import { partyCodes } from '../codes/index.ts';

const PARTY_CODES: ReadonlySet<string> = new Set(partyCodes);

export function isPartyCode(text: string): boolean {
  return PARTY_CODES.has(text);
}
