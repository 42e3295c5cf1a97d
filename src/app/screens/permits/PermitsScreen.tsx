import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isUnfiltered, noFilters, type PermitFilters } from '../../db/permit-query.ts';
import { hrefFor } from '../../router/routes.ts';
import { PermitFiltersForm } from './PermitFiltersForm.tsx';
import { PermitList } from './PermitList.tsx';
import { usePermitPage } from './usePermitPage.ts';

/** `#/permits`, the start screen: this device's drafts and permits, newest change first, searchable and filtered. */
export default function PermitsScreen() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<PermitFilters>(noFilters);
  const [page, setPage] = useState(0);
  const [filtersFormKey, setFiltersFormKey] = useState(0); // a new key clears the form's own state (the species typed)
  const result = usePermitPage(filters, page);
  const filtering = !isUnfiltered(filters);
  const changeFilters = (next: PermitFilters) => {
    setFilters(next);
    setPage(0);
  };

  const clearFilters = () => {
    changeFilters(noFilters);
    setFiltersFormKey(filtersFormKey + 1);
  };

  return (
    <>
      <div className="screen-heading">
        <h2>{t('permits.title')}</h2>
        <a className="button" href={hrefFor({ screen: 'application', draftId: null })}>
          {t('permits.newApplication')}
        </a>
      </div>
      <PermitFiltersForm key={filtersFormKey} filters={filters} onChange={changeFilters} />
      {result && result.rows.length === 0 && page === 0 ? (
        <section className="card empty-state" data-testid="permits-empty">
          {filtering ? (
            <>
              <p>{t('permits.noMatch')}</p>
              <button type="button" className="button--secondary" onClick={clearFilters}>
                {t('permits.clearFilters')}
              </button>
            </>
          ) : (
            <>
              <p>{t('permits.empty')}</p>
              <a className="button" href={hrefFor({ screen: 'application', draftId: null })}>
                {t('permits.startFirst')}
              </a>
            </>
          )}
        </section>
      ) : (
        result && (
          <>
            <PermitList rows={result.rows} />
            <nav className="pager" aria-label={t('permits.pages')}>
              <button type="button" className="button--secondary" disabled={page === 0} onClick={() => setPage(page - 1)}>
                {t('permits.previous')}
              </button>
              <span>{t('permits.page', { page: page + 1 })}</span>
              <button type="button" className="button--secondary" disabled={!result.hasMore} onClick={() => setPage(page + 1)}>
                {t('permits.next')}
              </button>
            </nav>
          </>
        )
      )}
    </>
  );
}
