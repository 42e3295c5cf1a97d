import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from './languages.ts';
import { loadLocale } from './load-locale.ts';

/** An i18next instance speaking `language`, its messages loaded first (load-locale.ts). */
export async function startI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources: { [language]: { translation: await loadLocale(language) } },
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false }, // React escapes.
    returnNull: false,
  });
  return instance;
}

/** Switches the running app to `language`, loading its messages the first time. */
export async function changeAppLanguage(instance: i18n, language: Language): Promise<void> {
  if (!instance.hasResourceBundle(language, 'translation')) instance.addResourceBundle(language, 'translation', await loadLocale(language));
  await instance.changeLanguage(language);
}
