import type { Language, LocalizedName } from './types.ts';

/** The record's name in the given language. */
export function nameIn(language: Language, record: { readonly name: LocalizedName }): string {
  return record.name[language];
}
