import {
  countryByCode,
  countryRecords,
  currentTermCodes,
  currentUnitCodes,
  nameIn,
  purposeRecords,
  sourceRecords,
  termRecords,
  unitRecords,
  type CodeRecord,
  type CountryRecord,
} from '../../core/codes/index.ts';
import type { SelectOption } from '../components/form/SelectField.tsx';
import type { Language } from '../i18n/languages.ts';

function codeOptions<Code extends string>(records: readonly CodeRecord<Code>[], language: Language, allowed?: readonly Code[]): SelectOption[] {
  return records
    .filter((record) => record.current && (!allowed || allowed.includes(record.code)))
    .map((record) => ({ value: record.code, label: `${record.code} — ${nameIn(language, record)}` }));
}

function countryOptions(include: (country: CountryRecord) => boolean, language: Language): SelectOption[] {
  const collator = new Intl.Collator(language);
  return countryRecords
    .filter(include)
    .map((country) => ({ value: country.code, label: nameIn(language, country) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

/** The code lists a new permit may use, each named in the interface language. */
export function permitCodeOptions(language: Language) {
  return {
    purposes: codeOptions(purposeRecords, language),
    sources: codeOptions(sourceRecords, language),
    terms: codeOptions(termRecords, language, currentTermCodes),
    // No unit means number of specimens on a permit (the model refuses NAR): the empty choice stands for it.
    units: codeOptions(unitRecords, language, currentUnitCodes.filter((unit) => unit !== 'NAR')),
    // Historical codes only appear in old trade records; a new permit names a country that exists.
    countries: countryOptions((country) => country.status !== 'historical', language),
    parties: countryOptions((country) => country.isParty, language),
  };
}

export type PermitCodeOptions = ReturnType<typeof permitCodeOptions>;

/** A country's name in the interface language, or its code when the list does not know it. */
export function countryName(code: string, language: Language): string {
  const record = countryByCode(code);
  return record ? nameIn(language, record) : code;
}
