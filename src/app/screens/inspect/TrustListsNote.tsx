import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage.ts';

/** How old the lists behind a verdict are, and whether status lists are held at all. */
export function TrustListsNote({ checkedAt, statusListsHeld }: { readonly checkedAt: number | null; readonly statusListsHeld: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const date = checkedAt === null ? null : new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(checkedAt);
  return (
    <div className="note" data-testid="trust-lists-note">
      <p>{date === null ? t('inspect.noLists') : t('inspect.listsCheckedAt', { date })}</p>
      {statusListsHeld ? null : <p>{t('inspect.statusNote')}</p>}
    </div>
  );
}
