import { useTranslation } from 'react-i18next';
import { useChecklistState } from '../../checklist/useChecklistState.ts';
import { useDb } from '../../db/DbContext.tsx';
import { useLanguage } from '../../i18n/useLanguage.ts';

/** Hex digits of the version shown: enough to compare with HQ's `hornbill checklist list` by eye. */
const SHOWN_VERSION_DIGITS = 12;

/** The checklist held (bundled or from HQ, its date, size and version) and the update under way, page by page. */
export function ChecklistFacts() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { held, download } = useChecklistState(useDb());
  const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
  return (
    <section className="card" aria-labelledby="sync-checklist-heading">
      <h3 id="sync-checklist-heading">{t('checklist.heading')}</h3>
      <dl className="sync-facts">
        <dt>{t('checklist.held')}</dt>
        <dd data-testid="sync-checklist-held">
          {held === null
            ? '…'
            : held.publishedAt === null
              ? t('checklist.bundled', { taxa: held.taxa.toLocaleString(language) })
              : t('checklist.stored', { date: dateFormat.format(held.publishedAt), taxa: held.taxa.toLocaleString(language) })}
          {held !== null && <> — {t('checklist.version', { version: held.version.slice(0, SHOWN_VERSION_DIGITS) })}</>}
        </dd>
      </dl>
      {download !== null && (
        <>
          <p data-testid="sync-checklist-progress">{t('checklist.progress', { page: download.page, pages: download.pages })}</p>
          <progress max={download.pages} value={download.page} aria-labelledby="sync-checklist-heading" />
          <p className="note">{t('checklist.progressNote')}</p>
        </>
      )}
    </section>
  );
}
