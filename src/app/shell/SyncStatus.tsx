import { useTranslation } from 'react-i18next';
import { useSyncView } from '../sync/SyncProvider.tsx';
import { syncIndicatorState } from './syncIndicatorState.ts';
import './sync-status.css';

/** The header's sync indicator: state and pending count, a link to the Sync screen. Hidden when nothing syncs. */
export function SyncStatus() {
  const { t } = useTranslation();
  const view = useSyncView();
  if (view === null) return null;
  const state = syncIndicatorState(view);
  const pending = view.summary?.pending ?? 0;
  const text = state === 'pending'
    ? t('sync.indicator.pending', { count: pending })
    : state === 'othersPending'
      ? t('sync.indicator.othersPending', { count: view.summary?.otherUsersPending ?? 0 })
      : t(`sync.indicator.${state}`);
  return (
    <a href="#/sync" className={`sync-status sync-status--${state}`} title={t('sync.indicator.label')} data-testid="sync-status">
      {text}
      {state === 'syncing' && pending > 0 && ` (${pending})`}
    </a>
  );
}
