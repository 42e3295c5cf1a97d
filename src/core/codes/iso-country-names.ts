// Only these three locale files are imported, so the app bundle carries no other language's country names.
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import type { Language, LocalizedName } from './types.ts';

type IsoNames = Readonly<Record<string, string | readonly string[]>>;

const isoNamesByLanguage: Readonly<Record<Language, IsoNames>> = {
  en: en.countries,
  fr: fr.countries,
  es: es.countries,
};

/** i18n-iso-countries lists the official name first when it knows several (e.g. "United States of America", "USA"). */
function officialName(names: IsoNames, code: string): string | undefined {
  const name = names[code];
  return typeof name === 'string' ? name : name?.[0];
}

/** The ISO 3166-1 country name in EN, FR and ES (from i18n-iso-countries), or undefined if it lacks one. */
export function isoCountryName(code: string): LocalizedName | undefined {
  const name = {
    en: officialName(isoNamesByLanguage.en, code),
    fr: officialName(isoNamesByLanguage.fr, code),
    es: officialName(isoNamesByLanguage.es, code),
  };
  return name.en && name.fr && name.es ? { en: name.en, fr: name.fr, es: name.es } : undefined;
}
