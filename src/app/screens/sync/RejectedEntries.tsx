import { useTranslation } from 'react-i18next';
import { REJECTION_CODES, type RejectionCode } from '../../../core/sync/rejection.ts';
import type { RejectionRecord } from '../../sync/sync-records.ts';

function isRejectionCode(code: string): code is RejectionCode {
  return (REJECTION_CODES as readonly string[]).includes(code);
}

/** This device's records HQ refused, each with the reason in words; HQ's own wording is kept for support. */
export function RejectedEntries({ rejected }: { rejected: readonly RejectionRecord[] }) {
  const { t } = useTranslation();
  if (rejected.length === 0) return null;
  return (
    <section className="card" aria-labelledby="sync-rejected-heading" data-testid="sync-rejected">
      <h3 id="sync-rejected-heading">{t('sync.rejected.heading')}</h3>
      <p className="note">{t('sync.rejected.intro')}</p>
      <ul>
        {rejected.map((rejection) => (
          <li key={rejection.entryId} title={rejection.reason}>
            {t('sync.rejected.item', {
              seq: rejection.seq,
              reason: t(`sync.rejected.code.${isRejectionCode(rejection.code) ? rejection.code : 'unknown'}`),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
