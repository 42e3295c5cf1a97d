import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceLogVerdict } from '../../../core/log/verify-device-log.ts';
import { useSession } from '../../auth/SessionContext.tsx';
import { useDb } from '../../db/DbContext.tsx';
import { useLanguage } from '../../i18n/useLanguage.ts';

type Check = { readonly kind: 'running'; readonly verified: number; readonly total: number } | { readonly kind: 'done'; readonly verdict: DeviceLogVerdict } | { readonly kind: 'failed' };

/** The log code (CBOR, COSE, Ed25519) loads only when asked for: it is not part of the app shell. */
const loadDeviceLog = () => import('../../log/device-log.ts');

/** Lets the progress bar repaint between batches of entries. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Verifies this device's signed log (with a progress bar) and downloads it as the auditor's JSON Lines file. */
export function DeviceLogSetting({ now }: { now: () => Date }) {
  const { t } = useTranslation();
  const db = useDb();
  const language = useLanguage();
  const { state } = useSession();
  const [check, setCheck] = useState<Check | null>(null);
  const deviceCode = state.kind === 'signed-in' ? state.user.device?.code : undefined;
  if (deviceCode === undefined) return null;

  const verify = async () => {
    setCheck({ kind: 'running', verified: 0, total: 0 });
    try {
      const { verifyThisDeviceLog } = await loadDeviceLog();
      const verdict = await verifyThisDeviceLog(db, deviceCode, async (verified, total) => {
        setCheck({ kind: 'running', verified, total });
        await nextFrame();
      });
      setCheck({ kind: 'done', verdict });
    } catch {
      setCheck({ kind: 'failed' });
    }
  };

  const download = async () => {
    const { exportThisDeviceLog } = await loadDeviceLog();
    const text = await exportThisDeviceLog(db, deviceCode, now().getTime());
    const url = URL.createObjectURL(new Blob([text], { type: 'application/jsonl' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `hornbill-log-${deviceCode}-${now().toISOString().slice(0, 10)}.jsonl`;
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <section className="card" aria-labelledby="device-log-heading">
      <h3 id="device-log-heading">{t('settings.deviceLog.heading')}</h3>
      <p className="note">{t('settings.deviceLog.intro')}</p>
      <button type="button" onClick={() => void verify()} disabled={check?.kind === 'running'}>
        {t('settings.deviceLog.verify')}
      </button>{' '}
      <button type="button" className="button--secondary" onClick={() => void download()}>
        {t('settings.deviceLog.export')}
      </button>
      {check?.kind === 'running' && (
        <p>
          <progress max={Math.max(1, check.total)} value={check.verified} aria-label={t('settings.deviceLog.progress')} />{' '}
          {t('settings.deviceLog.counted', { verified: check.verified, total: check.total })}
        </p>
      )}
      <p role="status" data-testid="device-log-result">
        {check?.kind === 'failed' && t('settings.deviceLog.failed')}
        {check?.kind === 'done' && check.verdict.ok && t('settings.deviceLog.valid', { count: check.verdict.count })}
        {check?.kind === 'done' && !check.verdict.ok && t('settings.deviceLog.invalid', { number: check.verdict.index + 1, reason: check.verdict.error.message[language] })}
      </p>
    </section>
  );
}
