import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { hlcToText } from '../../../core/time/hlc-text.ts';
import { useSignedInUser } from '../../auth/SessionContext.tsx';
import { useDb } from '../../db/DbContext.tsx';
import type { PermitRecord } from '../../db/permit-record.ts';
import { StorageFullError } from '../../db/storage-full.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { actingIdentityFor } from '../../log/acting-identity.ts';
import { DEFAULT_FOUR_EYES_REQUIRED, offeredActs, REASONED_TRANSITIONS, type OfferedAct } from '../../log/offered-acts.ts';
import { readAuditTrail, type AuditTrail } from '../../log/permit-audit-trail.ts';
import { recordPermitAct } from '../../log/record-permit-act.ts';
import { screenActBody } from '../../log/screen-act-body.ts';

/**
 * The lifecycle acts the signed-in user may fire on the permit, each confirmed and then recorded as one
 * signed entry, and the permit's audit trail. A failed act keeps the dialog and the reason typed in it.
 */
export function PermitLog({ record, onRecorded }: { record: PermitRecord; onRecorded: (record: PermitRecord) => void }) {
  const { t } = useTranslation();
  const db = useDb();
  const user = useSignedInUser();
  const language = useLanguage();
  const dialogTitleId = useId();
  const reasonId = useId();
  const [trail, setTrail] = useState<AuditTrail | undefined>(undefined);
  const [pending, setPending] = useState<OfferedAct | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void readAuditTrail(db, record.id).then((read) => live && setTrail(read));
    return () => {
      live = false;
    };
  }, [db, record.id, record.updatedAt]);

  const offered = trail === undefined ? [] : offeredActs(record.status, user.roles, user.userId, trail.permit?.acts ?? [], DEFAULT_FOUR_EYES_REQUIRED);
  const reasoned = pending !== null && REASONED_TRANSITIONS.has(pending.transition);

  async function confirm(event: FormEvent) {
    event.preventDefault();
    if (pending === null) return;
    setBusy(true);
    setProblem(null);
    try {
      const account = await db.accounts.get(user.userId);
      const identity = account === undefined ? undefined : await actingIdentityFor(user, account, pending.role);
      if (identity === undefined) {
        setProblem(t('permit.acts.noKey'));
        return;
      }
      const body = screenActBody(pending.transition, record.content, reason.trim());
      const result = await recordPermitAct(db, identity, record.id, pending.transition, body, Date.now(), { fourEyesRequired: DEFAULT_FOUR_EYES_REQUIRED });
      if (!result.ok) {
        setProblem(result.error.message[language]);
        return;
      }
      setPending(null);
      setReason('');
      onRecorded(result.value.permit);
    } catch (error) {
      setProblem(error instanceof StorageFullError ? t('permit.acts.storageFull') : t('permit.acts.failed'));
    } finally {
      setBusy(false);
    }
  }

  const wallFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' });
  return (
    <>
      <section className="card" aria-labelledby="permit-acts-heading">
        <h3 id="permit-acts-heading">{t('permit.acts.heading')}</h3>
        {trail !== undefined && offered.length === 0 && <p className="note">{t('permit.acts.none')}</p>}
        <div className="admin-actions">
          {offered.map((act) => (
            <button
              key={act.transition}
              type="button"
              disabled={busy}
              onClick={() => {
                setPending(act);
                setProblem(null);
              }}
            >
              {t(`permit.acts.${act.transition}`)}
            </button>
          ))}
        </div>
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
    </>
  );
}
