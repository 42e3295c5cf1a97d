// Each language's messages are their own chunk: the shell carries none of them, and the one the device uses
// is loaded before the first screen. The service worker precaches all three, so switching language works
// offline from the first day.
import type { Language } from './languages.ts';
import type { LocaleMessages } from './locales/messages.ts';

const loaders: Readonly<Record<Language, () => Promise<LocaleMessages>>> = {
  en: () => import('./locales/en.ts').then((module) => module.en),
  fr: () => import('./locales/fr.ts').then((module) => module.fr),
  es: () => import('./locales/es.ts').then((module) => module.es),
};

export function loadLocale(language: Language): Promise<LocaleMessages> {
  return loaders[language]();
}
