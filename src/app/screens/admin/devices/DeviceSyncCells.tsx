import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { formatTime } from '../common/formatTime.ts';
import type { HqDeviceSync } from '../hq/hqLogSchemas.ts';

/** A clock within this of HQ's reads as in time: network delay alone makes a few seconds. */
const IN_TIME_MS = 60_000;

function clockLabel(t: TFunction, skewMs: number | null): string {
  if (skewMs === null) return '—';
  if (Math.abs(skewMs) < IN_TIME_MS) return t('hqLog.devices.inTime');
  const minutes = Math.round(Math.abs(skewMs) / 60_000);
  return skewMs > 0 ? t('hqLog.devices.ahead', { minutes }) : t('hqLog.devices.behind', { minutes });
}

/** Last sync, entries waiting for HQ and clock skew of a device, as HQ last saw them. */
export function DeviceSyncCells({ sync }: { sync: HqDeviceSync | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const lastSync = sync?.lastSyncAt ?? null;
  return (
    <>
      <td>{lastSync === null ? t('hqLog.devices.never') : formatTime(lastSync, language)}</td>
      <td>{sync?.pending ?? '—'}</td>
      <td>{clockLabel(t, sync?.clockSkewMs ?? null)}</td>
    </>
  );
}
