import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newestTrustLists } from '../../auth/trust-lists.ts';
import { useDb } from '../../db/DbContext.tsx';
import type { TrustListRecord } from '../../db/trust-list-record.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { relativeAge } from './relativeAge.ts';

/** The newest verified trust list held per Party: its version, when it was issued, when HQ last confirmed it. */
export function TrustListSetting({ now }: { now: () => Date }) {
  const { t } = useTranslation();
  const db = useDb();
  const language = useLanguage();
  const [lists, setLists] = useState<TrustListRecord[] | null>(null);
  useEffect(() => {
    let live = true;
    void newestTrustLists(db).then((read) => live && setLists(read));
    return () => {
      live = false;
    };
  }, [db]);
  const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="card" aria-labelledby="trust-heading">
      <h3 id="trust-heading">{t('settings.trust.heading')}</h3>
      <p className="note">{t('settings.trust.intro')}</p>
      {lists?.length === 0 && <p data-testid="trust-list-none">{t('settings.trust.none')}</p>}
      <ul>
        {lists?.map((list) => (
          <li key={list.party} data-testid={`trust-list-${list.party}`}>
            {t('settings.trust.list', { party: list.party, version: list.version, issued: dateFormat.format(list.issuedAt) })}{' '}
            {t('settings.trust.checked', { age: relativeAge(new Date(list.checkedAt), now(), language) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
