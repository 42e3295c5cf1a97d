import { useCallback, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PermitRecord } from '../../db/permit-record.ts';
import { alteredBoxes } from '../../log/altered-boxes.ts';
import { DEFAULT_FOUR_EYES_REQUIRED } from '../../log/offered-acts.ts';
import { recordPermitAct } from '../../log/record-permit-act.ts';
import { ApplicantSection } from '../application/ApplicantSection.tsx';
import { applicationFields, type ApplicationFields } from '../application/applicationFields.ts';
import { ApplicationFormProvider, type FieldsChange } from '../application/ApplicationFormContext.tsx';
import { GeneralFindings } from '../application/GeneralFindings.tsx';
import { LineItemsSection } from '../application/LineItemsSection.tsx';
import { PermitBoxes } from '../application/PermitBoxes.tsx';
import { toPermitDraft } from '../application/toPermitDraft.ts';
import { useLiveApplicationForm } from '../application/useLiveApplicationForm.ts';
import { actOutcome, usePermitAct } from './usePermitAct.ts';

interface AlterFormProps {
  readonly record: PermitRecord;
  readonly now: () => number;
  readonly onRecorded: (record: PermitRecord) => void;
  readonly onBack: () => void;
}

/** Alter: the application's boxes in the application editor, rules live; one `altered` entry with the boxes changed. */
export function AlterForm({ record, now, onRecorded, onBack }: AlterFormProps) {
  const { t } = useTranslation();
  const { db, busy, problem, run } = usePermitAct();
  const titleId = useId();
  const [initial] = useState<ApplicationFields>(() => applicationFields(record.content, () => crypto.randomUUID()));
  const [fields, setFields] = useState(initial);
  const update = useCallback((change: FieldsChange) => setFields(change), []);
  const { form, complete } = useLiveApplicationForm(fields, update);
  // Both sides through the form, so that only what was typed counts as changed.
  const boxes = useMemo(() => alteredBoxes(toPermitDraft(initial), toPermitDraft(fields)), [initial, fields]);
  const changed = Object.keys(boxes).length > 0;

  async function alter(event: FormEvent) {
    event.preventDefault();
    const permit = await run('officer', async (identity) =>
      actOutcome(await recordPermitAct(db, identity, record.id, 'alter', { boxes }, now(), { fourEyesRequired: DEFAULT_FOUR_EYES_REQUIRED })),
    );
    if (permit) onRecorded(permit);
  }

  return (
    <ApplicationFormProvider value={form}>
      <form className="application" aria-labelledby={titleId} onSubmit={(event) => void alter(event)} noValidate>
        <h4 id={titleId}>{t('permit.acts.alter')}</h4>
        <p>{t('permit.alteration.explain')}</p>
        <GeneralFindings findings={form.findings.general} complete={complete} />
        <PermitBoxes />
        <LineItemsSection />
        <ApplicantSection />
        <div className="admin-actions">
          <button type="submit" disabled={busy || !changed}>
            {changed ? t('permit.acts.confirm') : t('permit.alteration.unchanged')}
          </button>
          <button type="button" className="button--secondary" disabled={busy} onClick={onBack}>
            {t('permit.acts.back')}
          </button>
        </div>
        {problem !== null && <p role="alert">{problem}</p>}
      </form>
    </ApplicationFormProvider>
  );
}
