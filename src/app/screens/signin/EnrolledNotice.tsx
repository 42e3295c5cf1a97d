import { useTranslation } from 'react-i18next';
import type { Enrolment } from '../../auth/enrol-device.ts';

/** After enrolment: the device code, and the root key's fingerprint for the user to compare with HQ's. */
export function EnrolledNotice({ enrolment, onContinue }: { enrolment: Enrolment; onContinue: () => void }) {
  const { t } = useTranslation();
  const { user } = enrolment;
  return (
    <section aria-labelledby="enrolled-heading">
      <h3 id="enrolled-heading">{t('signIn.enrolledTitle')}</h3>
      <p data-testid="device-code">{t('signIn.deviceCode', { code: user.device?.code ?? '' })}</p>
      <p>{t('signIn.enrolledIntro')}</p>
      <p>{t('signIn.fingerprint', { authority: user.authorityName, party: user.party })}</p>
      <p className="fingerprint" data-testid="root-fingerprint">
        <code>{enrolment.rootKeyFingerprint}</code>
      </p>
      {enrolment.claimedDrafts > 0 && <p>{t('signIn.claimedDrafts', { count: enrolment.claimedDrafts })}</p>}
      <button type="button" className="button" onClick={onContinue}>
        {t('signIn.continue')}
      </button>
    </section>
  );
}
