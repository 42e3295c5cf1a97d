import { useTranslation } from 'react-i18next';
import { LibraryCredits } from './LibraryCredits.tsx';

const fetchFromOrigin = (url: string) => fetch(url);

export function AboutScreen() {
  const { t } = useTranslation();
  return (
    <>
      <h2>{t('about.title')}</h2>
      <section className="card">
        <p>{t('about.intro')}</p>
        <p data-testid="app-version">{t('about.version', { version: __APP_VERSION__ })}</p>
        <p>{t('about.licence')}</p>
      </section>
      <section className="card" aria-labelledby="data-heading">
        <h3 id="data-heading">{t('about.dataHeading')}</h3>
        <p>{t('about.dataCodeLists')}</p>
        <p>{t('about.dataChecklist')}</p>
      </section>
      <LibraryCredits fetchFile={fetchFromOrigin} />
    </>
  );
}
