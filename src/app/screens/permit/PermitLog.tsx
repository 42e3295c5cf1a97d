import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PermitTransition } from '../../../core/permit/lifecycle.ts';
import { hlcToText } from '../../../core/time/hlc-text.ts';
import type { PermitRecord } from '../../db/permit-record.ts';
import { DEFAULT_FOUR_EYES_REQUIRED, offeredAct, offeredActs, REASONED_TRANSITIONS, type OfferedAct } from '../../log/offered-acts.ts';
import { readAuditTrail, type AuditTrail } from '../../log/permit-audit-trail.ts';
import { recordPermitAct } from '../../log/record-permit-act.ts';
import { actOutcome, usePermitAct } from './usePermitAct.ts';
import { screenActBody } from '../../log/screen-act-body.ts';
import { AlterForm } from './AlterForm.tsx';
import { IssueForm } from './IssueForm.tsx';
import { ReplaceForm } from './ReplaceForm.tsx';

const FORM_TRANSITIONS = ['alter', 'issue', 'replace'] as const satisfies readonly PermitTransition[];
type FormTransition = (typeof FORM_TRANSITIONS)[number];
const FORM_OF = { alter: AlterForm, issue: IssueForm, replace: ReplaceForm } as const satisfies Record<FormTransition, unknown>;

/**
 * The lifecycle acts the signed-in user may fire on the permit, each confirmed (or filled in its own form:
 * issue, replace, alter) and then recorded as one signed entry, and the permit's audit trail. A failed act keeps the dialog and the reason typed in it.
 */
/** Which parts to show: the detail screen shows the acts on its Permit tab and the trail on its Audit trail tab. */
export interface PermitLogParts {
  readonly acts: boolean;
  readonly trail: boolean;
}

interface PermitLogProps {
  readonly record: PermitRecord;
  readonly onRecorded: (record: PermitRecord) => void;
  readonly parts?: PermitLogParts;
}

export function PermitLog({ record, onRecorded, parts = { acts: true, trail: true } }: PermitLogProps) {
  const { t } = useTranslation();
  const { db, user, language, busy, problem, setProblem, run } = usePermitAct();
  const dialogTitleId = useId();
  const reasonId = useId();
  const [trail, setTrail] = useState<AuditTrail | undefined>(undefined);
  const [pending, setPending] = useState<OfferedAct | null>(null);
  /** The act whose own form is open: issue, replace and alter need more than a confirmation. */
  const [formAct, setFormAct] = useState<FormTransition | null>(null);
  const [reason, setReason] = useState('');
  useEffect(() => {
    let live = true;
    void readAuditTrail(db, record.id).then((read) => live && setTrail(read));
    return () => {
      live = false;
    };
  }, [db, record.id, record.updatedAt]);

  const history = trail?.permit?.acts ?? [];
  const offered = trail === undefined ? [] : offeredActs(record.status, user.roles, user.userId, history, DEFAULT_FOUR_EYES_REQUIRED);
  // A draft is altered in the application editor itself (autosaved, not yet in the log), not by a signed act.
  const formTransitions = FORM_TRANSITIONS.filter((transition) => transition !== 'alter' || record.status !== 'draft');
  const formActs = trail === undefined ? [] : formTransitions.flatMap((transition) => offeredAct(transition, record.status, user.roles, user.userId, history, DEFAULT_FOUR_EYES_REQUIRED) ?? []);
  const ActForm = formAct === null ? null : FORM_OF[formAct];
  const reasoned = pending !== null && REASONED_TRANSITIONS.has(pending.transition);

  async function confirm(event: FormEvent) {
    event.preventDefault();
    if (pending === null) return;
    const permit = await run(pending.role, async (identity) => {
      const body = screenActBody(pending.transition, record.content, reason.trim());
      return actOutcome(await recordPermitAct(db, identity, record.id, pending.transition, body, Date.now(), { fourEyesRequired: DEFAULT_FOUR_EYES_REQUIRED }));
    });
    if (permit === undefined) return;
    setPending(null);
    setReason('');
    onRecorded(permit);
  }

  const wallFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' });
  return (
    <>
      {parts.acts && (
      <section className="card" aria-labelledby="permit-acts-heading">
        <h3 id="permit-acts-heading">{t('permit.acts.heading')}</h3>
        {trail !== undefined && offered.length === 0 && formActs.length === 0 && <p className="note">{t('permit.acts.none')}</p>}
        <div className="admin-actions">
          {offered.map((act) => (
            <button
              key={act.transition}
              type="button"
              disabled={busy}
              onClick={() => {
                setFormAct(null);
                setPending(act);
                setProblem(null);
              }}
            >
              {t(`permit.acts.${act.transition}`)}
            </button>
          ))}
          {formActs.map((act) => (
            <button
              key={act.transition}
              type="button"
              disabled={busy}
              onClick={() => {
                setPending(null);
                setFormAct(act.transition);
              }}
            >
              {t(`permit.acts.${act.transition}`)}
            </button>
          ))}
        </div>
        {ActForm !== null && formActs.some((act) => act.transition === formAct) && (
          <ActForm
            key={formAct}
            record={record}
            now={Date.now}
            onBack={() => setFormAct(null)}
            onRecorded={(changed) => {
              setFormAct(null);
              onRecorded(changed);
            }}
          />
        )}
        {pending !== null && (
          <form className="card" role="alertdialog" aria-modal="false" aria-labelledby={dialogTitleId} onSubmit={(event) => void confirm(event)}>
            <h4 id={dialogTitleId}>{t('permit.acts.confirmTitle', { act: t(`permit.acts.${pending.transition}`) })}</h4>
            <p>{t('permit.acts.confirmExplain')}</p>
            {reasoned && (
              <div className="field">
                <label className="field__label" htmlFor={reasonId}>
                  {t('permit.acts.reason')}
                </label>
                <textarea id={reasonId} required maxLength={2000} rows={2} value={reason} onChange={(event) => setReason(event.target.value)} />
              </div>
            )}
            <div className="admin-actions">
              <button type="submit" disabled={busy || (reasoned && reason.trim() === '')}>
                {t('permit.acts.confirm')}
              </button>
              <button type="button" className="button--secondary" disabled={busy} onClick={() => setPending(null)}>
                {t('permit.acts.back')}
              </button>
            </div>
          </form>
        )}
        {problem !== null && <p role="alert">{problem}</p>}
      </section>
      )}
      {parts.trail && (
      <section className="card" aria-labelledby="audit-trail-heading">
        <h3 id="audit-trail-heading">{t('permit.audit.heading')}</h3>
        {trail?.rows.length === 0 && <p className="note">{t('permit.audit.empty')}</p>}
        {trail !== undefined && trail.rows.length > 0 && (
          <table data-testid="audit-trail">
            <thead>
              <tr>
                <th scope="col">{t('permit.audit.who')}</th>
                <th scope="col">{t('permit.audit.what')}</th>
                <th scope="col">{t('permit.audit.wallTime')}</th>
                <th scope="col">{t('permit.audit.logicalTime')}</th>
                <th scope="col">{t('permit.audit.signature')}</th>
              </tr>
            </thead>
            <tbody>
              {trail.rows.map((row) => (
                <tr key={row.id}>
                  <td>{t('permit.audit.actor', { actor: row.actor, role: t(`permit.audit.role.${row.role}`) })}</td>
                  <td>{t(`permit.audit.action.${row.action}`)}</td>
                  <td>{wallFormat.format(row.wallTime)}</td>
                  <td>
                    <code>{hlcToText({ ...row.hlc, node: row.device })}</code>
                  </td>
                  <td>{row.verified ? `✓ ${t('permit.audit.verified')}` : `✗ ${t('permit.audit.notVerified')}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      )}
    </>
  );
}
