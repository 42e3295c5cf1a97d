import { useTranslation } from 'react-i18next';
import type { SaveState } from './useDraftAutosave.ts';

export function SaveStatus({ state }: { state: SaveState }) {
  const { t, i18n } = useTranslation();
  const time = (at: Date) => new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(at);
  if (state.kind === 'failed') {
    return (
      <p className="save-status save-status--failed" role="alert" data-testid="save-status">
        {state.reason === 'storage-full' ? t('application.save.storageFull') : t('application.save.failed')}
      </p>
    );
  }
  return (
    <p className="save-status" role="status" data-testid="save-status" data-state={state.kind}>
      {state.kind === 'pending' && t('application.save.pending')}
      {state.kind === 'saved' && (state.at ? t('application.save.savedAt', { time: time(state.at) }) : t('application.save.saved'))}
      {state.kind === 'new' && t('application.save.new')}
    </p>
  );
}
