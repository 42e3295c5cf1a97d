import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage.ts';
import type { SyncActivity } from '../../sync/sync-scheduler.ts';
import type { SyncSummary } from '../../sync/sync-summary.ts';
import { relativeAge } from '../settings/relativeAge.ts';
import { formatSkewAmount } from './formatSkew.ts';

interface SyncFactsProps {
  summary: SyncSummary;
  activity: SyncActivity;
  now: () => Date;
}

/** Pending count, last success, last error in words, next try, clock skew, and the newest checkpoint size. */
export function SyncFacts({ summary, activity, now }: SyncFactsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const when = (at: number) => `${dateFormat.format(at)} (${relativeAge(new Date(at), now(), language)})`;
  const skewAmount = summary.clockSkewMs === null ? null : formatSkewAmount(summary.clockSkewMs, language);
  const skew = summary.clockSkewMs === null
    ? t('sync.facts.none')
    : skewAmount === null
      ? t('sync.skew.same')
      : t(summary.clockSkewMs > 0 ? 'sync.skew.behind' : 'sync.skew.ahead', { amount: skewAmount });
  return (
    <section className="card" aria-labelledby="sync-facts-heading">
      <h3 id="sync-facts-heading">{t('sync.facts.heading')}</h3>
      <dl className="sync-facts">
        <dt>{t('sync.facts.pending')}</dt>
        <dd data-testid="sync-pending">{summary.pending}</dd>
        {summary.otherUsersPending > 0 && (
          <>
            <dt>{t('sync.facts.otherUsersPending')}</dt>
            <dd data-testid="sync-other-users-pending">{summary.otherUsersPending}</dd>
          </>
        )}
        <dt>{t('sync.facts.lastSuccess')}</dt>
        <dd data-testid="sync-last-success">{summary.lastSuccessAt === null ? t('sync.facts.never') : when(summary.lastSuccessAt)}</dd>
        <dt>{t('sync.facts.lastError')}</dt>
        <dd data-testid="sync-last-error">
          {summary.lastError === null ? t('sync.facts.none') : `${t(`sync.problem.${summary.lastError.code}`)} — ${when(summary.lastError.at)}`}
        </dd>
        {activity.retryAt !== null && (
          <>
            <dt>{t('sync.facts.nextTry')}</dt>
            <dd>{dateFormat.format(activity.retryAt)}</dd>
          </>
        )}
        <dt>{t('sync.facts.clockSkew')}</dt>
        <dd data-testid="sync-clock-skew">{skew}</dd>
        <dt>{t('sync.facts.checkpoint')}</dt>
        <dd data-testid="sync-checkpoint">{summary.checkpointSize === null ? t('sync.facts.none') : t('sync.facts.entries', { count: summary.checkpointSize })}</dd>
      </dl>
    </section>
  );
}
