import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One box of the standard form: its number and name, then what it holds ("not filled in" when empty). */
export function BoxRow({ box, label, children }: { box?: string; label: string; children: ReactNode }) {
  const { t } = useTranslation();
  const empty = children === undefined || children === null || children === '';
  return (
    <div className="box-row">
      <dt>
        {box && <span className="box-row__number">{box}</span>} {label}
      </dt>
      <dd>{empty ? <span className="note">{t('permit.notFilled')}</span> : children}</dd>
    </div>
  );
}
