import { useTranslation } from 'react-i18next';
import { useOnlineStatus } from '../../shell/useOnlineStatus.ts';
import { useSyncView } from '../../sync/SyncProvider.tsx';
import { ChecklistFacts } from './ChecklistFacts.tsx';
import { RejectedEntries } from './RejectedEntries.tsx';
import { SyncAlarm } from './SyncAlarm.tsx';
import { SyncFacts } from './SyncFacts.tsx';
import { SyncProgressBar } from './SyncProgressBar.tsx';
import './sync-screen.css';

/** The device's sync with HQ: the Sync button, progress while syncing, the state, refusals, the alarm and the checklist. */
export default function SyncScreen({ now = () => new Date() }: { now?: () => Date }) {
  const { t } = useTranslation();
  const view = useSyncView();
  const online = useOnlineStatus();
  if (view === null) {
    return (
      <section aria-labelledby="sync-heading">
        <h2 id="sync-heading">{t('sync.title')}</h2>
        <p>{t('sync.noDevice')}</p>
      </section>
    );
  }
  const { summary, activity, progress, syncNow } = view;
  const pending = summary?.pending ?? 0;
  return (
    <section aria-labelledby="sync-heading">
      <h2 id="sync-heading">{t('sync.title')}</h2>
      {summary?.alarm && <SyncAlarm alarm={summary.alarm} />}
      <p className="note">{t('sync.intro')}</p>
      {!online && (
        <p className="sync-offline" data-testid="sync-offline">
          {pending === 0 ? t('sync.offline.nothing') : t('sync.offline.waiting', { count: pending })}
        </p>
      )}
      <div className="sync-actions">
        <button type="button" onClick={syncNow} disabled={activity.running}>
          {activity.running ? t('sync.syncing') : t('sync.button')}
        </button>
        {activity.running && <SyncProgressBar progress={progress} />}
      </div>
      {summary !== null && <SyncFacts summary={summary} activity={activity} now={now} />}
      {summary !== null && <RejectedEntries rejected={summary.rejected} />}
      <ChecklistFacts />
    </section>
  );
}
