import { useTranslation } from 'react-i18next';
import { FieldFindings } from '../../components/form/FieldFindings.tsx';
import type { Finding } from '../../../core/permit/rules/finding.ts';

/** Whether the rules have run, and their findings about the application as a whole or a box the form does not show. */
export function GeneralFindings({ findings, complete }: { findings: readonly Finding[]; complete: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {!complete && (
        <p className="note" data-testid="rules-waiting">
          {t('findings.waiting')}
        </p>
      )}
      {findings.length > 0 && (
        <section className="card" aria-labelledby="general-findings-heading">
          <h3 id="general-findings-heading">{t('findings.generalHeading')}</h3>
          <FieldFindings findings={findings} testId="findings-general" />
        </section>
      )}
    </>
  );
}
