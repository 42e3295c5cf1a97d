import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hqRequest, type HqFailure } from '../api/hqRequest.ts';
import { useHqResource } from '../api/useHqResource.ts';
import { FailureMessage } from '../common/FailureMessage.tsx';
import { QuotaFailure } from './QuotaFailure.tsx';
import { QuotaShareForm } from './QuotaShareForm.tsx';
import { QuotaShareTable } from './QuotaShareTable.tsx';
import { hqQuotaSharesSchema, quotaDevicesSchema, removedQuotaShareSchema, setQuotaShareSchema, type HqQuotaShare, type QuotaShareRequest } from './quotaSchemas.ts';

/** HQ's quota shares (DESIGN §3): which device may issue how much of which taxon's annual quota; set and remove. */
export function QuotaSharesScreen({ now }: { now: () => Date }) {
  const { t } = useTranslation();
  const shares = useHqResource('/api/v1/hq/quota-shares', hqQuotaSharesSchema);
  const devices = useHqResource('/api/v1/hq/devices', quotaDevicesSchema);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');
  const [failure, setFailure] = useState<HqFailure | undefined>(undefined);

  const change = async (request: () => ReturnType<typeof hqRequest>, doneText: string) => {
    setBusy(true);
    setDone('');
    setFailure(undefined);
    const answer = await request();
    setBusy(false);
    if (!answer.ok) {
      setFailure(answer.failure);
      return;
    }
    setDone(doneText);
    shares.reload();
  };
  const setShare = (request: QuotaShareRequest, taxonName: string) =>
    void change(() => hqRequest('/api/v1/hq/quota-shares', setQuotaShareSchema, { method: 'PUT', body: request }), t('quota.form.saved', { taxon: taxonName, device: request.device }));
  const removeShare = (share: HqQuotaShare) =>
    void change(() => hqRequest(`/api/v1/hq/quota-shares/${encodeURIComponent(share.id)}`, removedQuotaShareSchema, { method: 'DELETE' }), t('quota.removed'));

  const { result } = shares;
  return (
    <section aria-labelledby="hq-quota-title">
      <h3 id="hq-quota-title">{t('quota.title')}</h3>
      <p className="note">{t('quota.intro')}</p>
      <p role="status">{done}</p>
      {failure === undefined ? null : <QuotaFailure failure={failure} />}
      {result === undefined ? <p role="status">{t('admin.common.loading')}</p> : null}
      {result?.ok === false ? <FailureMessage failure={result.failure} /> : null}
      {result?.ok === true && result.value.shares.length === 0 ? <p>{t('quota.none')}</p> : null}
      {result?.ok === true && result.value.shares.length > 0 ? <QuotaShareTable shares={result.value.shares} busy={busy} onRemove={removeShare} /> : null}
      {devices.result?.ok === false ? <FailureMessage failure={devices.result.failure} /> : null}
      {devices.result?.ok === true ? <QuotaShareForm devices={devices.result.value.devices} year={now().getFullYear()} busy={busy} onSubmit={setShare} /> : null}
    </section>
  );
}
