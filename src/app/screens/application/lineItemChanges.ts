import type { Taxon } from '../../../core/species/taxon.ts';
import type { Language } from '../../i18n/languages.ts';
import { emptyLineItem } from './applicationFields.ts';
import type { FieldsChange } from './ApplicationFormContext.tsx';

export function addLineItem(key: string): FieldsChange {
  return (fields) => ({ ...fields, lineItems: [...fields.lineItems, emptyLineItem(key)] });
}

export function removeLineItem(key: string): FieldsChange {
  return (fields) => ({ ...fields, lineItems: fields.lineItems.filter((item) => item.key !== key) });
}

/**
 * Boxes 7/8 from a checklist taxon (the accepted one, also when a synonym was typed). A taxon listed in one
 * appendix only also fills box 10's appendix, unless the officer already chose one.
 */
export function chooseTaxon(key: string, taxon: Taxon | null, language: Language): FieldsChange {
  return (fields) => ({
    ...fields,
    lineItems: fields.lineItems.map((item) => {
      if (item.key !== key) return item;
      if (!taxon) return { ...item, taxon: null };
      const onlyAppendix = taxon.listing.appendices.length === 1 ? taxon.listing.appendices[0] : undefined;
      return {
        ...item,
        taxon: { taxonId: taxon.id, scientificName: taxon.scientificName, commonName: taxon.commonNames[language][0] ?? '' },
        appendix: item.appendix === '' && onlyAppendix ? onlyAppendix : item.appendix,
      };
    }),
  });
}
