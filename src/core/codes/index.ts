// The public API of the CITES code lists.
export { codeListsCredit } from './credit.ts';
export { countryByCode, countryRecords, isValidCountryCode, type CountryRecord } from './countries.ts';
export { countryCodes, partyCodes, type CountryCode, type PartyCode } from './data/country-codes.ts';
export { purposeCodes, purposeRecords, type PurposeCode } from './data/purpose-codes.ts';
export { sourceCodes, sourceRecords, type SourceCode } from './data/source-codes.ts';
export { currentTermCodes, termCodes, termRecords, type TermCode } from './data/term-codes.ts';
export { currentUnitCodes, unitCodes, unitRecords, type UnitCode } from './data/unit-codes.ts';
export { isValidPurposeCode, isValidSourceCode, isValidTermCode, purposeCode, sourceCode, termCode } from './lookups.ts';
export { nameIn } from './name-in.ts';
export * from './schemas.ts';
export type { CodeRecord, CountryStatus, Language, LocalizedName, TranslatedLanguage, UnitRecord } from './types.ts';
export { isValidUnitCode, legacyUnitFor, unitCode, unitForLegacy } from './units.ts';
