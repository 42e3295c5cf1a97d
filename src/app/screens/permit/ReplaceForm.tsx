import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PermitRecord } from '../../db/permit-record.ts';
import { DEFAULT_FOUR_EYES_REQUIRED } from '../../log/offered-acts.ts';
import { replacePermit } from '../../log/replace-permit.ts';
import { actOutcome, usePermitAct } from './usePermitAct.ts';

interface ReplaceFormProps {
  readonly record: PermitRecord;
  readonly now: () => number;
  readonly onRecorded: (record: PermitRecord) => void;
  readonly onBack: () => void;
}

/** Replace: the reason, then one signed `replaced` entry and a new draft copied from the permit. */
export function ReplaceForm({ record, now, onRecorded, onBack }: ReplaceFormProps) {
  const { t } = useTranslation();
  const { db, busy, problem, run } = usePermitAct();
  const titleId = useId();
  const reasonId = useId();
  const [reason, setReason] = useState('');

  async function replace(event: FormEvent) {
    event.preventDefault();
    const permit = await run('approver', async (identity) => {
      const request = { replaced: record, replacementId: crypto.randomUUID(), reason: reason.trim(), wallNow: now() };
      return actOutcome(await replacePermit(db, identity, request, { fourEyesRequired: DEFAULT_FOUR_EYES_REQUIRED }));
    });
    if (permit) onRecorded(permit);
  }

  return (
    <form className="card" aria-labelledby={titleId} onSubmit={(event) => void replace(event)}>
      <h4 id={titleId}>{t('permit.acts.confirmTitle', { act: t('permit.acts.replace') })}</h4>
      <p>{t('permit.replacement.explain')}</p>
      <div className="field">
        <label className="field__label" htmlFor={reasonId}>
          {t('permit.acts.reason')}
        </label>
        <textarea id={reasonId} required maxLength={2000} rows={2} value={reason} onChange={(event) => setReason(event.target.value)} />
      </div>
      <div className="admin-actions">
        <button type="submit" disabled={busy || reason.trim() === ''}>
          {t('permit.acts.confirm')}
        </button>
        <button type="button" className="button--secondary" disabled={busy} onClick={onBack}>
          {t('permit.acts.back')}
        </button>
      </div>
      {problem !== null && <p role="alert">{problem}</p>}
    </form>
  );
}
