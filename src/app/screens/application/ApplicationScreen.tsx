import { useTranslation } from 'react-i18next';
import { ApplicationEditor } from './ApplicationEditor.tsx';
import { useEditedDraft } from './useEditedDraft.ts';

/** `#/applications/new` and `#/applications/:id`: the application form in box order, saved as it is typed. */
export default function ApplicationScreen({ draftId }: { draftId: string | null }) {
  const { t } = useTranslation();
  const edited = useEditedDraft(draftId);
  return (
    <>
      <h2>{edited.isNew ? t('application.titleNew') : t('application.title')}</h2>
      <ApplicationEditor key={edited.id} id={edited.id} isNew={edited.isNew} />
    </>
  );
}
