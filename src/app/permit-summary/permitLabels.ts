import type { PermitState } from '../../core/permit/lifecycle.ts';
import { STATE_NAMES } from '../../core/permit/lifecycle-names.ts';
import { DOCUMENT_TYPE_NAMES, documentTypeSchema } from '../../core/permit/model/document-type.ts';
import type { PermitDraft } from '../../core/permit/model/permit-draft.ts';
import type { Language } from '../i18n/languages.ts';
import { capitalise } from '../format/capitalise.ts';

// Names of a permit's parts in the interface language, shared by the list and the detail view.

export function statusName(status: PermitState, language: Language): string {
  return capitalise(STATE_NAMES[status][language]);
}

/** Box 1's type, or undefined while a draft has none. */
export function documentTypeName(type: string, language: Language): string | undefined {
  const parsed = documentTypeSchema.safeParse(type);
  return parsed.success ? capitalise(DOCUMENT_TYPE_NAMES[parsed.data][language]) : undefined;
}

/** The scientific names of boxes 7/8, one per line item that names a taxon. */
export function speciesNames(permit: PermitDraft): string[] {
  return (permit.lineItems ?? []).flatMap((item) => (item.taxon?.scientificName ? [item.taxon.scientificName] : []));
}
