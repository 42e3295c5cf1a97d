import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage.ts';
import type { Finding } from '../../../core/permit/rules/finding.ts';

interface FieldFindingsProps {
  id?: string;
  findings: readonly Finding[];
  testId?: string;
}

/** Rule findings, beside their field: errors and warnings differ by a written word and a symbol, not by colour alone. */
export function FieldFindings({ id, findings, testId }: FieldFindingsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ul id={id} className="findings" aria-live="polite" data-testid={testId}>
      {findings.map((finding) => (
        <li key={`${finding.code}:${finding.path}`} className={`finding finding--${finding.severity}`} data-code={finding.code}>
          <span aria-hidden="true">{finding.severity === 'error' ? '✖ ' : '▲ '}</span>
          <strong>{finding.severity === 'error' ? t('findings.error') : t('findings.warning')}</strong> {finding.message[language]}
        </li>
      ))}
    </ul>
  );
}
