import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadLibraryCredits, type LibraryCredit } from './libraryCredits.ts';

export function LibraryCredits({ fetchFile }: { fetchFile: (url: string) => Promise<Response> }) {
  const { t } = useTranslation();
  const [credits, setCredits] = useState<LibraryCredit[] | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void loadLibraryCredits(fetchFile).then((loaded) => live && setCredits(loaded));
    return () => {
      live = false;
    };
  }, [fetchFile]);

  return (
    <section className="card" aria-labelledby="libraries-heading">
      <h3 id="libraries-heading">{t('about.librariesHeading')}</h3>
      {credits === null && <p>{t('about.librariesUnavailable')}</p>}
      {credits && (
        <>
          <p>{t('about.librariesIntro')}</p>
          <div className="table-scroll">
            <table data-testid="library-credits">
              <thead>
                <tr>
                  <th scope="col">{t('about.libraryColumn')}</th>
                  <th scope="col">{t('about.versionColumn')}</th>
                  <th scope="col">{t('about.licenceColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {credits.map((credit) => (
                  <tr key={credit.name}>
                    <td>{credit.author ? `${credit.name} (${credit.author})` : credit.name}</td>
                    <td>{credit.version}</td>
                    <td>{credit.license}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
