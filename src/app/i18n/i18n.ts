import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en.ts';
import { fr } from './locales/fr.ts';
import { es } from './locales/es.ts';
import type { Language } from './languages.ts';

export const resources = { en: { translation: en }, fr: { translation: fr }, es: { translation: es } } as const;

/** All three locales are bundled (a few KB): the app must speak every language offline from the first screen. */
export async function startI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false }, // React escapes.
    returnNull: false,
  });
  return instance;
}
