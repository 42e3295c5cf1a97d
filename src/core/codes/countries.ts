import { countryEntries, type CountryCode } from './data/country-codes.ts';
import { indexByCode } from './index-by-code.ts';
import { isoCountryName } from './iso-country-names.ts';
import type { CountryEntry, CountryStatus, LocalizedName, TranslatedLanguage } from './types.ts';

/** A CITES country code with its names resolved: ISO 3166-1 names from i18n-iso-countries, else the CITES guide's. */
export interface CountryRecord {
  readonly code: CountryCode;
  readonly name: LocalizedName;
  readonly status: CountryStatus;
  readonly isParty: boolean;
  /** ISO date (YYYY-MM-DD) on which the Convention entered into force for this Party; absent for non-Parties. */
  readonly entryIntoForce?: string;
  /** For a dependent territory: the Party responsible for it. */
  readonly dependentOn?: CountryCode;
  readonly translatedByProject?: readonly TranslatedLanguage[];
}

function toCountryRecord(entry: CountryEntry<CountryCode>): CountryRecord {
  const name = entry.name ?? isoCountryName(entry.code);
  // The generator stores a name for every code i18n-iso-countries lacks, so this only fires if the package drops one.
  if (!name) throw new Error(`country code ${entry.code} has no name in i18n-iso-countries nor in the CITES list`);
  return { ...entry, name, isParty: entry.status === 'party' };
}

/** Every CITES country code: Parties, non-Parties and territories, special codes (XX, XV, HS) and historical codes. */
export const countryRecords: readonly CountryRecord[] = countryEntries.map(toCountryRecord);

const countries = indexByCode(countryRecords);

/** The country record for a CITES country code, or undefined for an unknown code. */
export function countryByCode(code: string): CountryRecord | undefined {
  return countries.get(code);
}

export function isValidCountryCode(code: string): code is CountryCode {
  return countries.has(code);
}
