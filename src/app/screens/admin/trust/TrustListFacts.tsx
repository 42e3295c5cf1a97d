import { useTranslation } from 'react-i18next';
import type { TrustListSummary } from '../api/schemas.ts';
import { formatTime } from '../common/formatTime.ts';

/** Party, version, issue time, counts and root key fingerprint of a verified trust list. */
export function TrustListFacts({ summary }: { summary: TrustListSummary }) {
  const { t, i18n } = useTranslation();
  const facts: readonly [string, string][] = [
    [t('admin.trust.party'), summary.party],
    [t('admin.trust.version'), String(summary.version)],
    [t('admin.trust.issuedAt'), formatTime(summary.issuedAt, i18n.language)],
    [t('admin.trust.certificates'), String(summary.certificates)],
    [t('admin.trust.revocations'), String(summary.revocations)],
  ];
  return (
    <dl className="boxes-list">
      {facts.map(([term, value]) => (
        <div className="box-row" key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
      <div className="box-row">
        <dt>{t('admin.trust.fingerprint')}</dt>
        <dd className="admin-fingerprint" data-testid="fingerprint">
          {summary.rootKeyFingerprint}
        </dd>
      </div>
    </dl>
  );
}
