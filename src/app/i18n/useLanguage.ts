import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from './languages.ts';

/** The interface language, typed: names from code lists and the checklist are picked by it. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'en';
}
