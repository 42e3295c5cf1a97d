import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage.ts';

/** How old the trust lists behind a verdict are, and that status lists are not held yet. */
export function TrustListsNote({ checkedAt }: { readonly checkedAt: number | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const date = checkedAt === null ? null : new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(checkedAt);
  return (
    <div className="note" data-testid="trust-lists-note">
      <p>{date === null ? t('inspect.noLists') : t('inspect.listsCheckedAt', { date })}</p>
      <p>{t('inspect.statusNote')}</p>
    </div>
  );
}
