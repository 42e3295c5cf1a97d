import { nameIn, purposeCode, sourceCode, termCode, unitCode } from '../../../core/codes/index.ts';
import type { Language } from '../../i18n/languages.ts';

type CodeLookup = (code: string) => { readonly name: { readonly en: string; readonly fr: string; readonly es: string } } | undefined;

function named(lookup: CodeLookup) {
  return (code: string | undefined, language: Language): string | undefined => {
    if (!code) return undefined;
    const record = lookup(code);
    return record ? `${code} — ${nameIn(language, record)}` : code;
  };
}

/** "T — Commercial": a code with its name in the interface language. */
export const purposeName = named(purposeCode);
export const sourceName = named(sourceCode);
export const termName = named(termCode);
export const unitName = named(unitCode);
