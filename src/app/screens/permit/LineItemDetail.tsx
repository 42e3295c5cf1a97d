import { useTranslation } from 'react-i18next';
import type { PermitDraft } from '../../../core/permit/model/permit-draft.ts';
import { countryName } from '../../codes/codeOptions.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { BoxRow } from './BoxRow.tsx';
import { sourceName, termName, unitName } from './codeNames.ts';

type LineItem = NonNullable<PermitDraft['lineItems']>[number];

/** Boxes 7 to 12b of one line item, lettered A, B, C… as on paper. */
export function LineItemDetail({ item, index }: { item: LineItem; index: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const previous = (document: { country?: string | undefined; date?: string | null | undefined } | null | undefined, number: string | undefined) =>
    document ? [document.country ? countryName(document.country, language) : undefined, number, document.date].filter(Boolean).join(' · ') : undefined;
  const quantity = item.quantity?.amount === undefined ? undefined : `${item.quantity.amount} ${unitName(item.quantity.unit, language) ?? t('permit.specimens')}`;
  return (
    <section className="card" aria-labelledby={`line-item-${index}`} data-testid={`detail-line-item-${index}`}>
      <h3 id={`line-item-${index}`}>{t('permit.lineItem', { letter: String.fromCharCode(65 + index) })}</h3>
      <dl className="boxes-list">
        <BoxRow box="7/8" label={t('permit.box.species')}>
          {item.taxon?.scientificName && (
            <>
              <i>{item.taxon.scientificName}</i>
              {item.taxon.commonName && ` — ${item.taxon.commonName}`}
            </>
          )}
        </BoxRow>
        <BoxRow box="9" label={t('permit.box.description')}>
          {[item.description, item.marks, termName(item.term, language)].filter(Boolean).join(' · ')}
        </BoxRow>
        <BoxRow box="10" label={t('permit.box.appendixSource')}>
          {[item.appendix && t('permit.appendix', { appendix: item.appendix }), sourceName(item.source, language)].filter(Boolean).join(' · ')}
        </BoxRow>
        <BoxRow box="11" label={t('permit.box.quantity')}>{quantity}</BoxRow>
        <BoxRow box="11a" label={t('permit.box.quota')}>
          {item.quota && `${item.quota.totalExported ?? '–'} / ${item.quota.annualQuota ?? '–'}`}
        </BoxRow>
        <BoxRow box="12" label={t('permit.box.origin')}>{previous(item.origin, item.origin?.permitNumber)}</BoxRow>
        <BoxRow box="12a" label={t('permit.box.lastReExport')}>{previous(item.lastReExport, item.lastReExport?.certificateNumber)}</BoxRow>
        <BoxRow box="12b" label={t('permit.box.operation')}>{[item.operationNumber, item.acquisitionDate].filter(Boolean).join(' · ')}</BoxRow>
      </dl>
    </section>
  );
}
