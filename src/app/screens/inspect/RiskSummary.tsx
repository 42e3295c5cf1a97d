import { useTranslation } from 'react-i18next';
import type { RiskAssessment } from '../../../core/qr/verify-risk.ts';
import { MAX_RISK_SCORE } from '../../../core/qr/verify-risk-weights.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';

/** The risk score for physical inspection and the factors that make it up. */
export function RiskSummary({ risk }: { readonly risk: RiskAssessment }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section className="card" aria-labelledby="inspect-risk-heading">
      <h3 id="inspect-risk-heading">{t('inspect.risk.heading')}</h3>
      <p data-testid="inspect-risk-score">{t('inspect.risk.score', { score: risk.score, max: MAX_RISK_SCORE })}</p>
      {risk.reasons.length === 0 ? (
        <p className="note">{t('inspect.risk.none')}</p>
      ) : (
        <ul>
          {risk.reasons.map((reason) => (
            <li key={reason.code} data-code={reason.code}>
              +{reason.weight} {reason.message[language]}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
