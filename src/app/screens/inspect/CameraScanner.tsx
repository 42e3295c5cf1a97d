import { useTranslation } from 'react-i18next';
import '../../scan/camera-scanner.css';
import { useCameraScanner, type StartCameraScan } from './useCameraScanner.ts';

/**
 * The rear camera, live, read for a permit QR: the main way in on a phone or tablet. One button turns it on and
 * off, so keyboard focus stays put; the camera code is loaded on first use.
 */
export function CameraScanner({ onText, loadScan }: { readonly onText: (qrText: string) => void; readonly loadScan?: () => Promise<StartCameraScan> }) {
  const { t } = useTranslation();
  const { state, videoRef, turnOn, turnOff } = useCameraScanner(onText, loadScan);
  const on = state.kind === 'on';

  return (
    <div className="camera-scanner">
      {on && (
        <>
          <div className="camera-scanner__view">
            <video ref={videoRef} className="camera-scanner__video" muted playsInline aria-label={t('camera.view')} />
            <div className="camera-scanner__guide" aria-hidden="true" />
          </div>
          <p role="status">{t('camera.scanning')}</p>
        </>
      )}
      <button type="button" className={on ? 'button--secondary' : undefined} onClick={on ? turnOff : turnOn}>
        {on ? t('camera.stop') : t('camera.start')}
      </button>
      {state.kind === 'failed' && <p role="alert">{t(`camera.error.${state.error}`)}</p>}
    </div>
  );
}
