import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Endorsement } from '../../../core/permit/model/endorsement.ts';
import type { PermitQrVerdictKind } from '../../../core/qr/verify-permit-qr.ts';
import { useSignedInUser } from '../../auth/SessionContext.tsx';
import { useDb } from '../../db/DbContext.tsx';
import type { DeviceVerification } from '../../inspect/verify-on-device.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { ClaimsDetail } from './ClaimsDetail.tsx';
import { EndorsementForm } from './EndorsementForm.tsx';
import { RiskSummary } from './RiskSummary.tsx';
import { TrustListsNote } from './TrustListsNote.tsx';

/** A word and a symbol with each colour: the verdict never rests on colour alone. */
const SYMBOL: Readonly<Record<PermitQrVerdictKind, string>> = { valid: '✓', warning: '⚠', invalid: '✗' };

interface VerdictPanelProps {
  readonly verification: DeviceVerification;
  readonly onDone: () => void;
  /** The clock of the endorsement and of the check that follows it. */
  readonly now?: () => number;
}

/**
 * The verdict over the whole screen: green, amber or red, in words, with every finding, the claims and the
 * risk; for an inspector and a permit that is not invalid, the export endorsement (box 14), after which the
 * same QR is checked again (and is now "already endorsed").
 */
export function VerdictPanel({ verification, onDone, now = Date.now }: VerdictPanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const db = useDb();
  const user = useSignedInUser();
  const heading = useRef<HTMLHeadingElement>(null);
  const [current, setCurrent] = useState(verification);
  const [endorsed, setEndorsed] = useState<Endorsement | null>(null);
  const [recheckFailed, setRecheckFailed] = useState(false);
  const { verdict } = current;
  useEffect(() => heading.current?.focus(), [current]);

  async function afterEndorsement(endorsement: Endorsement) {
    setEndorsed(endorsement);
    try {
      const { verifyOnDevice } = await import('../../inspect/verify-on-device.ts');
      setCurrent(await verifyOnDevice(db, current.qrText, now(), user.party));
    } catch {
      setRecheckFailed(true);
    }
  }

  // Box 14 is the inspector's (transition-roles.ts), and only on a permit that is not invalid, once.
  const endorsable = user.roles.includes('inspector') && verdict.verdict !== 'invalid' && endorsed === null ? verdict.claims : null;
  return (
    <section className={`verdict-panel verdict-panel--${verdict.verdict}`} data-testid="verdict-panel" data-verdict={verdict.verdict} aria-labelledby="verdict-heading">
      {endorsed !== null && (
        <p role="status" data-testid="endorsement-recorded">
          {t('endorse.recorded', { port: endorsed.port, date: endorsed.date })}
        </p>
      )}
      {recheckFailed && <p role="alert">{t('endorse.recheckFailed')}</p>}
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
            {verdict.reasons.map((reason, index) => (
              // Two reasons may share a code (a status list and this device's own log both saying "endorsed").
              <li key={`${reason.code}-${index}`} data-code={reason.code} data-severity={reason.severity}>
                <span aria-hidden="true">{reason.severity === 'error' ? '✗ ' : '⚠ '}</span>
                {reason.message[language]}
              </li>
            ))}
          </ul>
        )}
      </section>
      {verdict.claims === null ? <p>{t('inspect.claims.none')}</p> : <ClaimsDetail claims={verdict.claims} />}
      {endorsable !== null && <EndorsementForm claims={endorsable} now={now} onEndorsed={(endorsement) => void afterEndorsement(endorsement)} />}
      <RiskSummary risk={verdict.risk} />
      <TrustListsNote checkedAt={current.listsCheckedAt} statusListsHeld={current.statusListsHeld} />
      <button type="button" onClick={onDone}>
        {t('inspect.verdict.again')}
      </button>
    </section>
  );
}
