import { useTranslation } from 'react-i18next';
import type { SyncProblemRecord } from '../../sync/sync-records.ts';

/** HQ's log did not extend the one this device saw: shown until support clears it. */
export function SyncAlarm({ alarm }: { alarm: SyncProblemRecord }) {
  const { t } = useTranslation();
  return (
    <section className="card sync-alarm" role="alert" data-testid="sync-alarm">
      <h3>{t('sync.alarm.heading')}</h3>
      <p>{t('sync.alarm.body')}</p>
      <p className="note">{alarm.detail}</p>
    </section>
  );
}
