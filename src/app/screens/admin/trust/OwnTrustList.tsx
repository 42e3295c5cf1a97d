import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HqResult } from '../api/hqRequest.ts';
import type { TrustListSummary } from '../api/schemas.ts';
import { FailureMessage } from '../common/FailureMessage.tsx';
import { loadOwnTrustList } from './loadOwnTrustList.ts';
import { TrustListFacts } from './TrustListFacts.tsx';

/** The authority's own trust list, verified, with the signed file to download for the Secretariat. */
export function OwnTrustList() {
  const { t } = useTranslation();
  const [result, setResult] = useState<HqResult<TrustListSummary> | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void loadOwnTrustList().then((loaded) => {
      if (current) setResult(loaded);
    });
    return () => {
      current = false;
    };
  }, []);

  return (
    <section className="card" aria-labelledby="own-trust-list-title" data-testid="own-trust-list">
      <h3 id="own-trust-list-title">{t('admin.trust.ownTitle')}</h3>
      {result === undefined ? <p role="status">{t('admin.common.loading')}</p> : null}
      {result?.ok === false ? <FailureMessage failure={result.failure} /> : null}
      {result?.ok === true ? (
        <>
          <TrustListFacts summary={result.value} />
          <p className="note">{t('admin.trust.ownHint')}</p>
          <a className="button" href="/api/v1/trust-list" download={`${result.value.party}-trust-list-v${result.value.version}.cbor`}>
            {t('admin.trust.download')}
          </a>
        </>
      ) : null}
    </section>
  );
}
