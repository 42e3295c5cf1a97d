import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hqRequest, type HqFailure } from '../api/hqRequest.ts';
import { useHqResource } from '../api/useHqResource.ts';
import { FailureMessage } from '../common/FailureMessage.tsx';
import { AlertTable } from './AlertTable.tsx';
import { acknowledgedSchema, hqAlertsSchema, type HqAlert } from './hqLogSchemas.ts';
import { Pager } from './Pager.tsx';

const PAGE_SIZE = 50;

/** HQ's alerts, unacknowledged first, each acknowledged with one button. */
export function HqAlertsScreen() {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const { result, reload } = useHqResource(`/api/v1/hq/alerts?limit=${PAGE_SIZE}&offset=${offset}`, hqAlertsSchema);
  const [done, setDone] = useState('');
  const [failure, setFailure] = useState<HqFailure | undefined>(undefined);

  const acknowledge = async (alert: HqAlert) => {
    setDone('');
    setFailure(undefined);
    const answer = await hqRequest(`/api/v1/hq/alerts/${encodeURIComponent(alert.id)}/acknowledge`, acknowledgedSchema, { method: 'POST' });
    if (!answer.ok) {
      setFailure(answer.failure);
      return;
    }
    setDone(t('hqLog.alerts.done'));
    reload();
  };

  return (
    <section aria-labelledby="hq-alerts-title">
      <h3 id="hq-alerts-title">{t('hqLog.alerts.title')}</h3>
      <p role="status">{done}</p>
      {failure === undefined ? null : <FailureMessage failure={failure} />}
      {result === undefined ? <p role="status">{t('admin.common.loading')}</p> : null}
      {result?.ok === false ? <FailureMessage failure={result.failure} /> : null}
      {result?.ok === true && result.value.alerts.length === 0 ? <p>{t('hqLog.alerts.none')}</p> : null}
      {result?.ok === true && result.value.alerts.length > 0 ? (
        <>
          <AlertTable alerts={result.value.alerts} onAcknowledge={(alert) => void acknowledge(alert)} />
          <Pager offset={offset} pageSize={PAGE_SIZE} nextOffset={result.value.nextOffset} onOffset={setOffset} />
        </>
      ) : null}
    </section>
  );
}
