import { useRegisterSW } from 'virtual:pwa-register/react';
import { useTranslation } from 'react-i18next';

/**
 * Registers the service worker and tells the user when a new version is waiting. It never reloads on its own:
 * an officer may be half-way through an application.
 */
export function UpdateBanner() {
  const { t } = useTranslation();
  const {
    offlineReady: [offlineReady, setOfflineReady],
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();

  if (needRefresh) {
    return (
      <div className="banner" role="alert" data-testid="update-banner">
        <p>{t('update.available')}</p>
        <button type="button" onClick={() => void updateServiceWorker(true)}>
          {t('update.updateNow')}
        </button>
        <button type="button" className="button--secondary" onClick={() => setNeedRefresh(false)}>
          {t('update.later')}
        </button>
      </div>
    );
  }
  if (offlineReady) {
    return (
      <div className="banner" role="status" data-testid="offline-ready">
        <p>{t('update.offlineReady')}</p>
        <button type="button" className="button--secondary" onClick={() => setOfflineReady(false)}>
          {t('update.dismiss')}
        </button>
      </div>
    );
  }
  return null;
}
