import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHqResource } from '../api/useHqResource.ts';
import { FailureMessage } from '../common/FailureMessage.tsx';
import { hqPermitsSchema } from './hqLogSchemas.ts';
import { HqPermitDetail } from './HqPermitDetail.tsx';
import { HqPermitFilters, type HqPermitFilter } from './HqPermitFilters.tsx';
import { HqPermitTable } from './HqPermitTable.tsx';
import { Pager } from './Pager.tsx';

const PAGE_SIZE = 50;

function permitsPath(filter: HqPermitFilter, offset: number): string {
  const query = new URLSearchParams({ limit: String(PAGE_SIZE), offset: String(offset) });
  if (filter.status !== '') query.set('status', filter.status);
  if (filter.number !== '') query.set('number', filter.number);
  return `/api/v1/hq/permits?${query.toString()}`;
}

/** Every permit HQ holds, from all devices; opening one shows its merged audit trail. */
export function HqPermitsScreen() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<HqPermitFilter>({ status: '', number: '' });
  const [offset, setOffset] = useState(0);
  const [opened, setOpened] = useState<string | undefined>(undefined);
  const { result } = useHqResource(permitsPath(filter, offset), hqPermitsSchema);

  if (opened !== undefined) return <HqPermitDetail id={opened} onBack={() => setOpened(undefined)} />;
  return (
    <section aria-labelledby="hq-permits-title">
      <h3 id="hq-permits-title">{t('hqLog.permits.title')}</h3>
      <HqPermitFilters
        filter={filter}
        onApply={(next) => {
          setFilter(next);
          setOffset(0);
        }}
      />
      {result === undefined ? <p role="status">{t('admin.common.loading')}</p> : null}
      {result?.ok === false ? <FailureMessage failure={result.failure} /> : null}
      {result?.ok === true && result.value.permits.length === 0 ? <p>{t('hqLog.permits.none')}</p> : null}
      {result?.ok === true && result.value.permits.length > 0 ? (
        <>
          <HqPermitTable permits={result.value.permits} onOpen={(permit) => setOpened(permit.id)} />
          <Pager offset={offset} pageSize={PAGE_SIZE} nextOffset={result.value.nextOffset} onOffset={setOffset} />
        </>
      ) : null}
    </section>
  );
}
