import { useTranslation } from 'react-i18next';
import type { SyncProgress } from '../../sync/sync-context.ts';

/** Records sent of the total while pushing; records received (no total known yet) while pulling. */
export function SyncProgressBar({ progress }: { progress: SyncProgress | null }) {
  const { t } = useTranslation();
  const label = progress === null || progress.phase === 'pull'
    ? t('sync.progress.pull', { done: progress?.done ?? 0 })
    : t('sync.progress.push', { done: progress.done, total: progress.total ?? progress.done });
  const max = progress?.total ?? undefined;
  return (
    <div className="sync-progress" data-testid="sync-progress">
      <progress aria-label={t('sync.progress.label')} max={max} value={max === undefined ? undefined : progress?.done} />
      <p role="status">{label}</p>
    </div>
  );
}
