import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../db/DbContext.tsx';
import { hrefFor } from '../../router/routes.ts';
import { replaceRoute } from '../../router/replaceRoute.ts';
import { ApplicantSection } from './ApplicantSection.tsx';
import type { ApplicationFields } from './applicationFields.ts';
import { ApplicationFormProvider, type FieldsChange } from './ApplicationFormContext.tsx';
import { GeneralFindings } from './GeneralFindings.tsx';
import { LineItemsSection } from './LineItemsSection.tsx';
import { PermitBoxes } from './PermitBoxes.tsx';
import { SaveStatus } from './SaveStatus.tsx';
import { useDraftAutosave } from './useDraftAutosave.ts';
import { useLiveApplicationForm } from './useLiveApplicationForm.ts';
import { useStoredApplication } from './useStoredApplication.ts';

export function ApplicationEditor({ id, isNew }: { id: string; isNew: boolean }) {
  const { t } = useTranslation();
  const stored = useStoredApplication(id, isNew);
  switch (stored.state) {
    case 'loading':
      return <p role="status">{t('application.loading')}</p>;
    case 'missing':
      return <p role="alert">{t('application.missing')} <a href={hrefFor({ screen: 'permits' })}>{t('application.backToList')}</a></p>;
    case 'not-a-draft':
      return <p role="alert">{t('application.notADraft')} <a href={hrefFor({ screen: 'permit', id })}>{t('application.openDetail')}</a></p>;
    case 'ready':
      return <ApplicationForm initial={stored.fields} existsOnDisk={!isNew} />;
  }
}

function ApplicationForm({ initial, existsOnDisk }: { initial: ApplicationFields; existsOnDisk: boolean }) {
  const db = useDb();
  const [fields, setFields] = useState(initial);
  const update = useCallback((change: FieldsChange) => setFields(change), []);
  const onFirstSave = useCallback(() => replaceRoute({ screen: 'application', draftId: initial.id }), [initial.id]);
  const saveState = useDraftAutosave(db, fields, existsOnDisk, onFirstSave);
  const { form, complete } = useLiveApplicationForm(fields, update);
  return (
    <ApplicationFormProvider value={form}>
      <form className="application" onSubmit={(event) => event.preventDefault()} noValidate>
        <SaveStatus state={saveState} />
        <GeneralFindings findings={form.findings.general} complete={complete} />
        <PermitBoxes />
        <LineItemsSection />
        <ApplicantSection />
      </form>
    </ApplicationFormProvider>
  );
}
