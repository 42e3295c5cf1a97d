/** The CITES working languages: every user-facing string exists in all three. */
export const supportedLanguages = ['en', 'fr', 'es'] as const;
export type Language = (typeof supportedLanguages)[number];

/** Each language named in itself, so a user who cannot read the current one still finds theirs. */
export const languageNativeNames: Readonly<Record<Language, string>> = { en: 'English', fr: 'Français', es: 'Español' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (supportedLanguages as readonly string[]).includes(value);
}

/** The first browser language Hornbill speaks, else English. */
export function preferredLanguage(browserLanguages: readonly string[]): Language {
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}
