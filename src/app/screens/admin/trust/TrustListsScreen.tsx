import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foreignTrustListsSchema } from '../api/schemas.ts';
import { useHqResource } from '../api/useHqResource.ts';
import { ForeignTrustListImport } from './ForeignTrustListImport.tsx';
import { ForeignTrustLists } from './ForeignTrustLists.tsx';
import { OwnTrustList } from './OwnTrustList.tsx';

export function TrustListsScreen() {
  const { t } = useTranslation();
  const { result, reload } = useHqResource('/api/v1/trust-lists/foreign', foreignTrustListsSchema);
  const [done, setDone] = useState('');
  return (
    <section aria-labelledby="admin-trust-title">
      <h3 id="admin-trust-title">{t('admin.trust.title')}</h3>
      <OwnTrustList />
      <p role="status">{done}</p>
      <ForeignTrustListImport
        onImported={(summary) => {
          setDone(t('admin.trust.imported', { party: summary.party, version: summary.version }));
          reload();
        }}
      />
      <ForeignTrustLists result={result} />
    </section>
  );
}
