import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../core/permit/rules/finding.ts';
import { useChecklist } from '../../checklist/useChecklist.ts';
import { FieldFindings } from '../../components/form/FieldFindings.tsx';
import type { PermitRecord } from '../../db/permit-record.ts';
import { defaultValidUntil, issuedBody, issueFindings, type IssueBoxes } from '../../log/issue-act.ts';
import { localDateOf } from '../../log/local-date.ts';
import { DEFAULT_FOUR_EYES_REQUIRED } from '../../log/offered-acts.ts';
import { allocatePermitNumber, nextPermitNumber } from '../../log/permit-number-sequence.ts';
import { recordPermitAct } from '../../log/record-permit-act.ts';
import { deviceQuotaShares } from '../../quota/device-quota-shares.ts';
import { actOutcome, usePermitAct } from './usePermitAct.ts';

interface IssueFormProps {
  readonly record: PermitRecord;
  /** The clock the issue date and the number's year are read from. */
  readonly now: () => number;
  readonly onRecorded: (record: PermitRecord) => void;
  readonly onBack: () => void;
}

/**
 * Issue: boxes 2, 5b and 13 typed or confirmed by the approver, box 1 numbered on this device. The rules run
 * on the permit as it would be issued; any error blocks. The number is allocated only once they pass.
 */
export function IssueForm({ record, now, onRecorded, onBack }: IssueFormProps) {
  const { t } = useTranslation();
  const { db, user, busy, problem, run } = usePermitAct();
  const checklist = useChecklist();
  const ids = { title: useId(), validUntil: useId(), stamp: useId(), place: useId() };
  const [today] = useState(() => localDateOf(now()));
  const [boxes, setBoxes] = useState<IssueBoxes>({ validUntil: defaultValidUntil(record.content.document?.type, today), securityStamp: '', place: '' });
  const [findings, setFindings] = useState<readonly Finding[]>([]);
  const device = user.device;
  const series = device === null ? null : { party: user.party, year: Number(today.slice(0, 4)), device: device.code };
  const facts = (number: string) => ({ number, today, official: user.displayName });

  async function issue(event: FormEvent) {
    event.preventDefault();
    if (typeof checklist === 'string' || series === null) return;
    const permit = await run('approver', async (identity) => {
      const preview = await nextPermitNumber(db, series);
      if (!preview.ok) return { refusal: preview.error.message };
      const shares = await deviceQuotaShares(db, series.device);
      const found = issueFindings(record.content, issuedBody(boxes, facts(preview.value)), checklist.lookup, user.party, today, shares);
      setFindings(found);
      if (found.some((finding) => finding.severity === 'error')) return 'stopped';
      const number = await allocatePermitNumber(db, series);
      if (!number.ok) return { refusal: number.error.message };
      const body = issuedBody(boxes, facts(number.value));
      return actOutcome(await recordPermitAct(db, identity, record.id, 'issue', body, now(), { fourEyesRequired: DEFAULT_FOUR_EYES_REQUIRED }));
    });
    if (permit) onRecorded(permit);
  }

  const field = (key: keyof IssueBoxes, id: string, label: string, type: 'date' | 'text') => (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input id={id} type={type} required={key !== 'securityStamp'} value={boxes[key]} onChange={(event) => setBoxes({ ...boxes, [key]: event.target.value })} />
    </div>
  );
  return (
    <form className="card" aria-labelledby={ids.title} onSubmit={(event) => void issue(event)}>
      <h4 id={ids.title}>{t('permit.issue.title')}</h4>
      <p>{t('permit.issue.explain', { date: today, official: user.displayName })}</p>
      {field('validUntil', ids.validUntil, t('permit.issue.validUntil'), 'date')}
      {field('securityStamp', ids.stamp, t('permit.issue.securityStamp'), 'text')}
      {field('place', ids.place, t('permit.issue.place'), 'text')}
      {findings.length > 0 && <FieldFindings findings={findings} testId="issue-findings" />}
      {checklist === 'failed' && <p role="alert">{t('species.unavailable')}</p>}
      {series === null && <p role="alert">{t('permit.acts.noKey')}</p>}
      <div className="admin-actions">
        <button type="submit" disabled={busy || typeof checklist === 'string' || series === null}>
          {t('permit.issue.confirm')}
        </button>
        <button type="button" className="button--secondary" disabled={busy} onClick={onBack}>
          {t('permit.acts.back')}
        </button>
      </div>
      {problem !== null && <p role="alert">{problem}</p>}
    </form>
  );
}
