import { useTranslation } from 'react-i18next';

interface PagerProps {
  readonly offset: number;
  readonly pageSize: number;
  /** HQ's offset of the next page; null on the last. */
  readonly nextOffset: number | null;
  readonly onOffset: (offset: number) => void;
}

/** Previous and next page of an HQ list; hidden when everything fits on one page. */
export function Pager({ offset, pageSize, nextOffset, onOffset }: PagerProps) {
  const { t } = useTranslation();
  if (offset === 0 && nextOffset === null) return null;
  return (
    <nav className="admin-actions" aria-label={t('hqLog.pages.label')}>
      <button type="button" className="button--secondary" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - pageSize))}>
        {t('hqLog.pages.previous')}
      </button>
      <button type="button" className="button--secondary" disabled={nextOffset === null} onClick={() => nextOffset !== null && onOffset(nextOffset)}>
        {t('hqLog.pages.next')}
      </button>
    </nav>
  );
}
