import { useTranslation } from 'react-i18next';
import { formatTime } from '../common/formatTime.ts';
import type { HqQuotaShare } from './quotaSchemas.ts';

interface QuotaShareTableProps {
  readonly shares: readonly HqQuotaShare[];
  readonly busy: boolean;
  readonly onRemove: (share: HqQuotaShare) => void;
}

/** Every share, by device, year and taxon (HQ's order), each removable. */
export function QuotaShareTable({ shares, busy, onRemove }: QuotaShareTableProps) {
  const { t, i18n } = useTranslation();
  const taxonOf = (share: HqQuotaShare) => share.scientificName ?? String(share.taxonId);
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{t('quota.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('quota.device')}</th>
            <th scope="col">{t('quota.taxon')}</th>
            <th scope="col">{t('quota.year')}</th>
            <th scope="col">{t('quota.amount')}</th>
            <th scope="col">{t('quota.unit')}</th>
            <th scope="col">{t('quota.setBy')}</th>
            <th scope="col">{t('admin.common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {shares.map((share) => (
            <tr key={share.id} data-testid={`quota-share-${share.id}`}>
              <td>{share.device}</td>
              <td>{`${taxonOf(share)} (${share.taxonId})`}</td>
              <td>{share.year}</td>
              <td>{new Intl.NumberFormat(i18n.language).format(share.amount)}</td>
              <td>{share.unit ?? t('quota.specimens')}</td>
              <td>{`${share.setBy.displayName ?? share.setBy.id}, ${formatTime(share.setAt, i18n.language)}`}</td>
              <td>
                <button
                  type="button"
                  className="button--secondary"
                  disabled={busy}
                  aria-label={t('quota.remove', { taxon: taxonOf(share), device: share.device, year: share.year })}
                  onClick={() => onRemove(share)}
                >
                  {t('quota.removeButton')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
