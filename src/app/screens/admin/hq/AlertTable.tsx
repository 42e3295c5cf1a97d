import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { formatTime } from '../common/formatTime.ts';
import type { HqAlert } from './hqLogSchemas.ts';

function AlertSubject({ alert }: { alert: HqAlert }) {
  const { t } = useTranslation();
  if (alert.permit !== null) return <>{t('hqLog.alerts.permit', { number: alert.permit.number ?? alert.permit.id })}</>;
  if (alert.device !== null) return <>{t('hqLog.alerts.device', { code: alert.device })}</>;
  return <>{alert.subject}</>;
}

export function AlertTable({ alerts, onAcknowledge }: { alerts: readonly HqAlert[]; onAcknowledge: (alert: HqAlert) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{t('hqLog.alerts.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('hqLog.alerts.columns.kind')}</th>
            <th scope="col">{t('hqLog.alerts.columns.subject')}</th>
            <th scope="col">{t('hqLog.alerts.columns.detail')}</th>
            <th scope="col">{t('hqLog.alerts.columns.raised')}</th>
            <th scope="col">{t('hqLog.alerts.columns.state')}</th>
          </tr>
        </thead>
        <tbody>
          {alerts.map((alert) => {
            const kind = t(`hqLog.alerts.kinds.${alert.kind}`);
            return (
              <tr key={alert.id} data-testid={`alert-${alert.id}`}>
                <td>{kind}</td>
                <td><AlertSubject alert={alert} /></td>
                <td>{alert.detail}</td>
                <td>{formatTime(alert.raisedAt, language)}</td>
                <td>
                  {alert.acknowledged === null ? (
                    <button type="button" onClick={() => onAcknowledge(alert)} aria-label={t('hqLog.alerts.acknowledgeNamed', { kind })}>
                      {t('hqLog.alerts.acknowledge')}
                    </button>
                  ) : (
                    t('hqLog.alerts.acknowledged', {
                      name: alert.acknowledged.by.displayName ?? alert.acknowledged.by.id,
                      date: formatTime(alert.acknowledged.at, language),
                    })
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
