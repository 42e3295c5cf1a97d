import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { statusName } from '../../../permit-summary/permitLabels.ts';
import { useHqResource } from '../api/useHqResource.ts';
import { FailureMessage } from '../common/FailureMessage.tsx';
import { formatTime } from '../common/formatTime.ts';
import { FactList } from './FactList.tsx';
import { hqPermitDetailSchema } from './hqLogSchemas.ts';
import { TrailTable } from './TrailTable.tsx';

/** One permit as HQ holds it, with its audit trail merged from every device. */
export function HqPermitDetail({ id, onBack }: { id: string; onBack: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { result } = useHqResource(`/api/v1/hq/permits/${encodeURIComponent(id)}`, hqPermitDetailSchema);
  const notFound = result?.ok === false && result.failure.kind === 'refused' && result.failure.status === 404;
  const permit = result?.ok === true ? result.value.permit : undefined;
  return (
    <section aria-labelledby="hq-permit-title">
      <button type="button" className="button--secondary" onClick={onBack}>{t('hqLog.permit.back')}</button>
      {result === undefined ? <p role="status">{t('admin.common.loading')}</p> : null}
      {notFound ? <p role="alert">{t('hqLog.permit.notFound')}</p> : null}
      {result?.ok === false && !notFound ? <FailureMessage failure={result.failure} /> : null}
      {permit === undefined ? null : (
        <>
          <h3 id="hq-permit-title">{t('hqLog.permit.title', { number: permit.number ?? t('hqLog.permits.noNumber') })}</h3>
          <FactList
            label={t('hqLog.permit.facts')}
            facts={[
              [t('hqLog.permits.columns.status'), statusName(permit.status, language)],
              [t('hqLog.permits.columns.originDevice'), permit.originDevice],
              [t('hqLog.permits.columns.updated'), formatTime(permit.updatedAt, language)],
              [t('hqLog.permits.columns.entries'), String(permit.entryCount)],
            ]}
          />
          <h4>{t('hqLog.permit.trail')}</h4>
          <TrailTable trail={permit.trail} />
        </>
      )}
    </section>
  );
}
