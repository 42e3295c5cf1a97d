import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { formatTime } from '../common/formatTime.ts';
import type { TrailEntry } from './hqLogSchemas.ts';

/** A permit's acts from every device, in log order, with where each sits in HQ's log and when HQ received it. */
export function TrailTable({ trail }: { trail: readonly TrailEntry[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="table-scroll">
      <table>
        <caption>{t('hqLog.permit.trailCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('hqLog.permit.columns.action')}</th>
            <th scope="col">{t('hqLog.permit.columns.actor')}</th>
            <th scope="col">{t('hqLog.permit.columns.role')}</th>
            <th scope="col">{t('hqLog.permit.columns.device')}</th>
            <th scope="col">{t('hqLog.permit.columns.wallTime')}</th>
            <th scope="col">{t('hqLog.permit.columns.receivedAt')}</th>
            <th scope="col">{t('hqLog.permit.columns.leaf')}</th>
            <th scope="col">{t('hqLog.permit.columns.fields')}</th>
          </tr>
        </thead>
        <tbody>
          {trail.map((entry) => (
            <tr key={entry.id} data-testid={`trail-${entry.leafIndex}`}>
              <td>{t(`hqLog.actions.${entry.action}`)}</td>
              <td title={entry.actor}>{entry.actorName ?? entry.actor}</td>
              <td>{t(`admin.roles.${entry.role}`)}</td>
              <td>{`${entry.device} #${entry.seq}`}</td>
              <td>{formatTime(entry.wallTime, language)}</td>
              <td>{formatTime(entry.receivedAt, language)}</td>
              <td>{entry.leafIndex}</td>
              <td>{entry.bodyFields.length === 0 ? '—' : entry.bodyFields.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
