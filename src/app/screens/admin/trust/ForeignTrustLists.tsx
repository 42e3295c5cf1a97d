import { useTranslation } from 'react-i18next';
import type { HqResult } from '../api/hqRequest.ts';
import type { ForeignTrustLists as ForeignTrustListsAnswer } from '../api/schemas.ts';
import { FailureMessage } from '../common/FailureMessage.tsx';
import { formatTime } from '../common/formatTime.ts';

/** The other Parties' trust lists held at HQ, newest version of each first. */
export function ForeignTrustLists({ result }: { result: HqResult<ForeignTrustListsAnswer> | undefined }) {
  const { t, i18n } = useTranslation();
  if (result === undefined) return <p role="status">{t('admin.common.loading')}</p>;
  if (!result.ok) return <FailureMessage failure={result.failure} />;
  if (result.value.trustLists.length === 0) return <p>{t('admin.trust.noForeign')}</p>;
  return (
    <div className="table-scroll">
      <table>
        <caption>{t('admin.trust.foreignTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.trust.party')}</th>
            <th scope="col">{t('admin.trust.version')}</th>
            <th scope="col">{t('admin.trust.fingerprint')}</th>
            <th scope="col">{t('admin.trust.importedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {result.value.trustLists.map((list) => (
            <tr key={`${list.party}-${list.version}`}>
              <td>{list.party}</td>
              <td>{list.version}</td>
              <td className="admin-fingerprint">{list.rootKeyFingerprint}</td>
              <td>{formatTime(list.importedAt, i18n.language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
