import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { documentTypeName, statusName } from '../../../permit-summary/permitLabels.ts';
import { formatTime } from '../common/formatTime.ts';
import type { HqPermitSummary } from './hqLogSchemas.ts';

export function HqPermitTable({ permits, onOpen }: { permits: readonly HqPermitSummary[]; onOpen: (permit: HqPermitSummary) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{t('hqLog.permits.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('hqLog.permits.columns.number')}</th>
            <th scope="col">{t('hqLog.permits.columns.status')}</th>
            <th scope="col">{t('hqLog.permits.columns.documentType')}</th>
            <th scope="col">{t('hqLog.permits.columns.originDevice')}</th>
            <th scope="col">{t('hqLog.permits.columns.updated')}</th>
            <th scope="col">{t('hqLog.permits.columns.entries')}</th>
          </tr>
        </thead>
        <tbody>
          {permits.map((permit) => {
            const number = permit.number ?? t('hqLog.permits.noNumber');
            return (
              <tr key={permit.id} data-testid={`hq-permit-${permit.id}`}>
                <td>
                  <button type="button" className="button--secondary" onClick={() => onOpen(permit)} aria-label={t('hqLog.permits.open', { number })}>
                    {number}
                  </button>
                </td>
                <td>{statusName(permit.status, language)}</td>
                <td>{permit.documentType === null ? '—' : (documentTypeName(permit.documentType, language) ?? permit.documentType)}</td>
                <td>{permit.originDevice}</td>
                <td>{formatTime(permit.updatedAt, language)}</td>
                <td>{permit.entryCount}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
