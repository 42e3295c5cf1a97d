import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../db/DbContext.tsx';
import { readPreferences, updatePreferences } from '../../db/preferences.ts';
import type { PersistenceRequest } from '../../db/preferences-schema.ts';
import { formatBytes } from '../../format/formatBytes.ts';
import { readStorageStatus, type StorageStatus } from './storageStatus.ts';

interface StorageSettingProps {
  storage: StorageManager | undefined;
  now: () => Date;
}

export function StorageSetting({ storage, now }: StorageSettingProps) {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [lastRequest, setLastRequest] = useState<PersistenceRequest | undefined>();
  const [requesting, setRequesting] = useState(false);
  const [answer, setAnswer] = useState<boolean | null>(null);

  useEffect(() => {
    let live = true;
    void Promise.all([readStorageStatus(storage), readPreferences(db)]).then(([read, preferences]) => {
      if (!live) return;
      setStatus(read);
      setLastRequest(preferences.persistenceRequest);
    });
    return () => {
      live = false;
    };
  }, [storage, db]);

  async function requestPersistence() {
    if (!storage?.persist) return;
    setRequesting(true);
    const granted = await storage.persist();
    const request = { requestedAt: now().toISOString(), granted };
    await updatePreferences(db, { persistenceRequest: request });
    setLastRequest(request);
    setAnswer(granted);
    setStatus(await readStorageStatus(storage));
    setRequesting(false);
  }

  const language = i18n.language;
  return (
    <section className="card" aria-labelledby="storage-heading">
      <h3 id="storage-heading">{t('settings.storage.heading')}</h3>
      {status && (
        <>
          <p data-testid="storage-usage">
            {status.usage !== null && status.quota !== null
              ? t('settings.storage.usage', { used: formatBytes(status.usage, language), quota: formatBytes(status.quota, language) })
              : t('settings.storage.unknown')}
          </p>
          {status.usage !== null && status.quota !== null && status.quota > 0 && (
            <meter className="meter" min={0} max={status.quota} value={status.usage} aria-label={t('settings.storage.heading')} />
          )}
          <p data-testid="storage-persisted">
            {status.persisted === null
              ? t('settings.storage.unsupported')
              : status.persisted
                ? t('settings.storage.persisted')
                : t('settings.storage.notPersisted')}
          </p>
          {status.persisted === false && storage?.persist && (
            <button type="button" onClick={() => void requestPersistence()} disabled={requesting}>
              {requesting ? t('settings.storage.requesting') : t('settings.storage.request')}
            </button>
          )}
          {answer !== null && (
            <p role="status" data-testid="persist-answer">
              {answer ? t('settings.storage.granted') : t('settings.storage.denied')}
            </p>
          )}
          {lastRequest && (
            <p className="note">
              {t('settings.storage.lastRequest', {
                date: new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(lastRequest.requestedAt)),
                result: lastRequest.granted ? t('settings.storage.resultGranted') : t('settings.storage.resultDenied'),
              })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
