/** A name in each CITES working language. */
export type LocalizedName = { readonly en: string; readonly fr: string; readonly es: string };

export type Language = keyof LocalizedName;

/** The languages in which a name may be Hornbill's own translation: every English name comes from the sources. */
export type TranslatedLanguage = Exclude<Language, 'en'>;

/** One code of a CITES code list (purpose, source, term or unit). */
export interface CodeRecord<Code extends string> {
  readonly code: Code;
  readonly name: LocalizedName;
  /** False for codes that may appear in old trade records but must not be used on a new permit. */
  readonly current: boolean;
  /** The languages whose name is Hornbill's own translation, because the CITES sources have none. */
  readonly translatedByProject?: readonly TranslatedLanguage[];
}

/**
 * A unit code. The May 2021 annual-report Guidelines replaced four units with UN/CEFACT Rec. 20 codes
 * (KIL → KGM, CCM → CMQ, SQM → MTK, CUM → MTQ) and the blank unit with NAR (number of specimens).
 */
export interface UnitRecord<Code extends string> extends CodeRecord<Code> {
  /** On a legacy unit: the current unit that replaced it. */
  readonly replacedBy?: Code;
  /** On a current unit: the legacy unit it replaced. */
  readonly replaces?: Code;
}

/**
 * How the CITES Trade Database Guide classes a country code. `special` is a non-ISO code still in use
 * (XX unknown, XV various, HS introduction from the sea); `historical` codes only appear in old trade records.
 */
export type CountryStatus = 'party' | 'non-party-or-territory' | 'special' | 'historical';

/** A country code as the generated list stores it: names only where i18n-iso-countries has none. */
export interface CountryEntry<Code extends string> {
  readonly code: Code;
  readonly status: CountryStatus;
  /** ISO date (YYYY-MM-DD) on which the Convention entered into force for this Party. */
  readonly entryIntoForce?: string;
  /** For a dependent territory: the Party responsible for it. */
  readonly dependentOn?: Code;
  /** The CITES guide's name, present only for codes ISO 3166-1 lacks (EU, XX, HS, historical codes…). */
  readonly name?: LocalizedName;
  readonly translatedByProject?: readonly TranslatedLanguage[];
}
