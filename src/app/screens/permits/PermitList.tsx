import { useTranslation } from 'react-i18next';
import { countryName } from '../../codes/codeOptions.ts';
import type { PermitRecord } from '../../db/permit-record.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { documentTypeName, speciesNames, statusName } from '../../permit-summary/permitLabels.ts';
import { hrefFor } from '../../router/routes.ts';

/** One page of permits, each a link to its detail. */
export function PermitList({ rows }: { rows: readonly PermitRecord[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const changed = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const trader = (party: PermitRecord['content']['importer']) =>
    [party?.name, party?.country ? countryName(party.country, language) : undefined].filter(Boolean).join(', ') || '–';
  return (
    <ul className="permit-list" data-testid="permit-list">
      {rows.map(({ id, status, content, updatedAt, documentType }) => (
        <li key={id}>
          <a className="permit-list__item" href={hrefFor({ screen: 'permit', id })}>
            <span className="permit-list__title">
              <strong>{content.number ?? t('permits.noNumber')}</strong> · {documentTypeName(documentType, language) ?? t('permits.noDocumentType')}
              <span className={`status status--${status}`}>{statusName(status, language)}</span>
            </span>
            <span>
              <i>{speciesNames(content).join(', ') || t('permits.noSpecies')}</i>
            </span>
            <span>{t('permits.traders', { exporter: trader(content.exporter), importer: trader(content.importer) })}</span>
            <span className="note">{t('permits.changed', { date: changed.format(new Date(updatedAt)) })}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
