import type { LocalizedMessage } from '../../core/permit/localized-error.ts';
import { usageError } from './usage-error.ts';

export type Language = keyof LocalizedMessage;
const LANGUAGES: readonly Language[] = ['en', 'fr', 'es'];

/** `--lang en|fr|es`, English when absent. */
export function languageOption(value: string | undefined): Language {
  if (value === undefined) return 'en';
  const language = LANGUAGES.find((candidate) => candidate === value);
  if (language === undefined) throw usageError(`--lang must be one of ${LANGUAGES.join(', ')}`);
  return language;
}
