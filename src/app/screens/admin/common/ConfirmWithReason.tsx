import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HqFailure } from '../api/hqRequest.ts';
import { FailureMessage } from './FailureMessage.tsx';

interface ConfirmWithReasonProps {
  title: string;
  /** What confirming does, in full, before the user commits to it. */
  explanation: ReactNode;
  confirmLabel: string;
  /** Sends the change; a failure stays on the dialog, success is the caller's to show. */
  onConfirm: (reason: string) => Promise<HqFailure | undefined>;
  onCancel: () => void;
}

/** An irreversible act: says what it does, asks for the reason, and acts only on the explicit confirmation. */
export function ConfirmWithReason({ title, explanation, confirmLabel, onConfirm, onCancel }: ConfirmWithReasonProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<HqFailure | undefined>(undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const outcome = await onConfirm(reason.trim());
    setBusy(false);
    setFailure(outcome);
  }

  return (
    <form className="card admin-confirm" role="alertdialog" aria-modal="false" aria-labelledby={titleId} onSubmit={(event) => void submit(event)}>
      <h3 id={titleId}>{title}</h3>
      {explanation}
      <div className="field">
        <label className="field__label" htmlFor={reasonId}>
          {t('admin.common.reason')}
        </label>
        <textarea id={reasonId} required maxLength={400} rows={2} value={reason} onChange={(event) => setReason(event.target.value)} />
      </div>
      {failure === undefined ? null : <FailureMessage failure={failure} />}
      <div className="admin-actions">
        <button type="submit" className="button--danger" disabled={busy || reason.trim() === ''}>
          {confirmLabel}
        </button>
        <button type="button" className="button--secondary" onClick={onCancel} disabled={busy}>
          {t('admin.common.cancel')}
        </button>
      </div>
    </form>
  );
}
