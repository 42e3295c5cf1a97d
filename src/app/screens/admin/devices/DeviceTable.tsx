import { useTranslation } from 'react-i18next';
import type { HqDevice } from '../api/schemas.ts';
import { formatTime } from '../common/formatTime.ts';
import type { HqDeviceSync } from '../hq/hqLogSchemas.ts';
import { DeviceSyncCells } from './DeviceSyncCells.tsx';

interface DeviceTableProps {
  readonly devices: readonly HqDevice[];
  /** Sync state by device id; empty when HQ could not say. */
  readonly syncById: ReadonlyMap<string, HqDeviceSync>;
  readonly onReportLost: (device: HqDevice) => void;
}

export function DeviceTable({ devices, syncById, onReportLost }: DeviceTableProps) {
  const { t, i18n } = useTranslation();
  const time = (iso: string | null) => (iso === null ? '—' : formatTime(iso, i18n.language));
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{t('admin.devices.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.devices.user')}</th>
            <th scope="col">{t('admin.devices.code')}</th>
            <th scope="col">{t('admin.devices.label')}</th>
            <th scope="col">{t('admin.devices.enrolled')}</th>
            <th scope="col">{t('admin.devices.lastSeen')}</th>
            <th scope="col">{t('admin.devices.revoked')}</th>
            <th scope="col">{t('hqLog.devices.lastSync')}</th>
            <th scope="col">{t('hqLog.devices.pending')}</th>
            <th scope="col">{t('hqLog.devices.clock')}</th>
            <th scope="col">{t('admin.common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {devices.map((device) => (
            <tr key={device.id} data-testid={`device-${device.code}`}>
              <td>{device.user.username}</td>
              <td>{device.code}</td>
              <td>{device.label ?? '—'}</td>
              <td>{time(device.enrolledAt)}</td>
              <td>{time(device.lastSeenAt)}</td>
              <td>
                {device.revokedAt === null
                  ? t('admin.devices.notRevoked')
                  : t('admin.devices.revokedOn', { date: time(device.revokedAt), reason: device.revocationReason ?? '' })}
              </td>
              <DeviceSyncCells sync={syncById.get(device.id)} />
              <td>
                {device.revokedAt === null ? (
                  <button type="button" className="button--secondary" onClick={() => onReportLost(device)} aria-label={t('admin.devices.reportLostNamed', { code: device.code })}>
                    {t('admin.devices.reportLost')}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
