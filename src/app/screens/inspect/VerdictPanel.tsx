import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PermitQrVerdictKind } from '../../../core/qr/verify-permit-qr.ts';
import type { DeviceVerification } from '../../inspect/verify-on-device.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { ClaimsDetail } from './ClaimsDetail.tsx';
import { RiskSummary } from './RiskSummary.tsx';
import { TrustListsNote } from './TrustListsNote.tsx';

/** A word and a symbol with each colour: the verdict never rests on colour alone. */
const SYMBOL: Readonly<Record<PermitQrVerdictKind, string>> = { valid: '✓', warning: '⚠', invalid: '✗' };

/** The verdict over the whole screen: green, amber or red, in words, with every finding, the claims and the risk. */
export function VerdictPanel({ verification, onDone }: { readonly verification: DeviceVerification; readonly onDone: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  const { verdict } = verification;
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className={`verdict-panel verdict-panel--${verdict.verdict}`} data-testid="verdict-panel" data-verdict={verdict.verdict} aria-labelledby="verdict-heading">
      <h2 id="verdict-heading" ref={heading} tabIndex={-1}>
        <span aria-hidden="true">{SYMBOL[verdict.verdict]} </span>
        {t(`inspect.verdict.${verdict.verdict}`)}
      </h2>
      {verdict.signer !== null && <p>{t('inspect.verdict.signer', { user: verdict.signer.user, device: verdict.signer.device, party: verdict.signer.party })}</p>}
      <section className="card" aria-labelledby="verdict-findings-heading">
        <h3 id="verdict-findings-heading">{t('inspect.verdict.findings')}</h3>
        {verdict.reasons.length === 0 ? (
          <p>{t('inspect.verdict.noFindings')}</p>
        ) : (
          <ul data-testid="verdict-findings">
            {verdict.reasons.map((reason) => (
              <li key={reason.code} data-code={reason.code} data-severity={reason.severity}>
                <span aria-hidden="true">{reason.severity === 'error' ? '✗ ' : '⚠ '}</span>
                {reason.message[language]}
              </li>
            ))}
          </ul>
        )}
      </section>
      {verdict.claims === null ? <p>{t('inspect.claims.none')}</p> : <ClaimsDetail claims={verdict.claims} />}
      <RiskSummary risk={verdict.risk} />
      <TrustListsNote checkedAt={verification.listsCheckedAt} />
      <button type="button" onClick={onDone}>
        {t('inspect.verdict.again')}
      </button>
    </section>
  );
}
