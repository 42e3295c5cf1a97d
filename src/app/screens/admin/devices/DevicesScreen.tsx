import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hqRequest } from '../api/hqRequest.ts';
import { devicesSchema, lostDeviceSchema, type HqDevice } from '../api/schemas.ts';
import { useHqResource } from '../api/useHqResource.ts';
import { ConfirmWithReason } from '../common/ConfirmWithReason.tsx';
import { FailureMessage } from '../common/FailureMessage.tsx';
import { hqDevicesSchema, type HqDeviceSync } from '../hq/hqLogSchemas.ts';
import { DeviceTable } from './DeviceTable.tsx';

/** Enrolled devices, and reporting one lost or stolen (its keys are revoked; its user stays). */
export function DevicesScreen() {
  const { t } = useTranslation();
  const { result, reload } = useHqResource('/api/v1/devices', devicesSchema);
  const sync = useHqResource('/api/v1/hq/devices', hqDevicesSchema);
  const syncById = useMemo(
    () => new Map<string, HqDeviceSync>(sync.result?.ok === true ? sync.result.value.devices.map((device) => [device.id, device]) : []),
    [sync.result],
  );
  const [lost, setLost] = useState<HqDevice | undefined>(undefined);
  const [done, setDone] = useState('');

  return (
    <section aria-labelledby="admin-devices-title">
      <h3 id="admin-devices-title">{t('admin.devices.title')}</h3>
      <p role="status">{done}</p>
      {lost === undefined ? null : (
        <ConfirmWithReason
          title={t('admin.devices.reportLostTitle', { code: lost.code, username: lost.user.username })}
          explanation={<p>{t('admin.devices.reportLostExplanation')}</p>}
          confirmLabel={t('admin.devices.reportLostConfirm')}
          onCancel={() => setLost(undefined)}
          onConfirm={async (reason) => {
            const reported = await hqRequest(`/api/v1/devices/${encodeURIComponent(lost.id)}/lost`, lostDeviceSchema, { method: 'POST', body: { reason } });
            if (!reported.ok) return reported.failure;
            setDone(t('admin.devices.reportedLost', { code: lost.code, version: reported.value.trustListVersion }));
            setLost(undefined);
            reload();
            sync.reload();
            return undefined;
          }}
        />
      )}
      {result === undefined ? <p role="status">{t('admin.common.loading')}</p> : null}
      {result?.ok === false ? <FailureMessage failure={result.failure} /> : null}
      {result?.ok === true && result.value.devices.length === 0 ? <p>{t('admin.devices.none')}</p> : null}
      {sync.result?.ok === false && result?.ok === true ? <p className="note">{t('hqLog.devices.syncUnknown')}</p> : null}
      {result?.ok === true && result.value.devices.length > 0 ? (
        <DeviceTable
          devices={result.value.devices}
          syncById={syncById}
          onReportLost={(device) => {
            setDone('');
            setLost(device);
          }}
        />
      ) : null}
    </section>
  );
}
