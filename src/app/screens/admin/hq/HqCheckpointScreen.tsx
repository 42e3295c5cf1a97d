import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { useHqResource } from '../api/useHqResource.ts';
import { FailureMessage } from '../common/FailureMessage.tsx';
import { formatTime } from '../common/formatTime.ts';
import { FactList } from './FactList.tsx';
import { hqCheckpointSchema } from './hqLogSchemas.ts';

/** HQ's newest signed checkpoint and the verifier key auditors check it with. */
export function HqCheckpointScreen() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { result } = useHqResource('/api/v1/hq/checkpoint', hqCheckpointSchema);
  const value = result?.ok === true ? result.value : undefined;
  return (
    <section aria-labelledby="hq-checkpoint-title">
      <h3 id="hq-checkpoint-title">{t('hqLog.checkpoint.title')}</h3>
      <p className="note">{t('hqLog.checkpoint.intro')}</p>
      {result === undefined ? <p role="status">{t('admin.common.loading')}</p> : null}
      {result?.ok === false ? <FailureMessage failure={result.failure} /> : null}
      {value !== undefined && value.checkpoint === null ? <p>{t('hqLog.checkpoint.none')}</p> : null}
      {value?.checkpoint ? (
        <FactList
          label={t('hqLog.checkpoint.title')}
          facts={[
            [t('hqLog.checkpoint.treeSize'), String(value.checkpoint.treeSize)],
            [t('hqLog.checkpoint.rootHash'), value.checkpoint.rootHash],
            [t('hqLog.checkpoint.signedAt'), formatTime(value.checkpoint.signedAt, language)],
          ]}
        />
      ) : null}
      {value !== undefined && value.log === null ? <p className="note">{t('hqLog.checkpoint.keyLocked')}</p> : null}
      {value?.log ? (
        <FactList
          label={t('hqLog.checkpoint.verifierKey')}
          facts={[
            [t('hqLog.checkpoint.origin'), value.log.origin],
            [t('hqLog.checkpoint.verifierKey'), value.log.verifierKey],
          ]}
        />
      ) : null}
      {value?.checkpoint ? (
        <>
          <h4>{t('hqLog.checkpoint.note')}</h4>
          <pre className="admin-fingerprint" data-testid="checkpoint-note">{value.checkpoint.note}</pre>
        </>
      ) : null}
    </section>
  );
}
