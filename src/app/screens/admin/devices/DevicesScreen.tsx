import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hqRequest } from '../api/hqRequest.ts';
import { devicesSchema, lostDeviceSchema, type HqDevice } from '../api/schemas.ts';
import { useHqResource } from '../api/useHqResource.ts';
import { ConfirmWithReason } from '../common/ConfirmWithReason.tsx';
import { FailureMessage } from '../common/FailureMessage.tsx';
import { DeviceTable } from './DeviceTable.tsx';

/** Enrolled devices, and reporting one lost or stolen (its keys are revoked; its user stays). */
export function DevicesScreen() {
  const { t } = useTranslation();
  const { result, reload } = useHqResource('/api/v1/devices', devicesSchema);
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
            return undefined;
          }}
        />
      )}
      {result === undefined ? <p role="status">{t('admin.common.loading')}</p> : null}
      {result?.ok === false ? <FailureMessage failure={result.failure} /> : null}
      {result?.ok === true && result.value.devices.length === 0 ? <p>{t('admin.devices.none')}</p> : null}
      {result?.ok === true && result.value.devices.length > 0 ? (
        <DeviceTable
          devices={result.value.devices}
          onReportLost={(device) => {
            setDone('');
            setLost(device);
          }}
        />
      ) : null}
    </section>
  );
}
