import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../../auth/SessionContext.tsx';
import { useDb } from '../../db/DbContext.tsx';
import type { PermitRecord } from '../../db/permit-record.ts';
import { readPermit } from '../../db/permits.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { statusName } from '../../permit-summary/permitLabels.ts';
import { hrefFor } from '../../router/routes.ts';
import { LineItemDetail } from './LineItemDetail.tsx';
import { PermitFooterBoxes, PermitHeaderBoxes } from './PermitBoxesDetail.tsx';
import { PermitLog } from './PermitLog.tsx';
import { PermitTabs, type PermitTab } from './PermitTabs.tsx';
import { PrintPermit } from './PrintPermit.tsx';
import { ReplacementLinks } from './ReplacementLinks.tsx';

/** `#/permits/:id`: every box in the standard form's order, the line items, the status and the acts; the audit trail on its own tab. */
export default function PermitDetailScreen({ permitId }: { permitId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const db = useDb();
  const { userId } = useSignedInUser();
  const [record, setRecord] = useState<PermitRecord | null | undefined>(undefined);
  const [tab, setTab] = useState<PermitTab>('permit');
  useEffect(() => {
    let live = true;
    void readPermit(db, permitId, userId).then((read) => live && setRecord(read ?? null));
    return () => {
      live = false;
    };
  }, [db, permitId, userId]);

  if (record === undefined) return <p role="status">{t('permit.loading')}</p>;
  if (record === null) {
    return (
      <p role="alert">
        {t('permit.missing')} <a href={hrefFor({ screen: 'permits' })}>{t('application.backToList')}</a>
      </p>
    );
  }
  const permit = record.content;
  return (
    <>
      <div className="screen-heading">
        <h2>{permit.number ?? t('permit.draftTitle')}</h2>
        <span className={`status status--${record.status}`} data-testid="permit-status">
          {t('permit.status', { status: statusName(record.status, language) })}
        </span>
        {record.status === 'draft' && (
          <a className="button" href={hrefFor({ screen: 'application', draftId: record.id })}>
            {t('permit.continueEditing')}
          </a>
        )}
      </div>
      <ReplacementLinks record={record} />
      <PermitTabs selected={tab} onSelect={setTab} />
      {tab === 'permit' ? (
        <div role="tabpanel" id="permit-tab-permit" aria-labelledby="permit-tab-button-permit">
          <section className="card" aria-labelledby="permit-boxes-heading">
            <h3 id="permit-boxes-heading">{t('application.permitHeading')}</h3>
            <PermitHeaderBoxes permit={permit} />
          </section>
          {(permit.lineItems ?? []).map((item, index) => (
            <LineItemDetail key={index} item={item} index={index} />
          ))}
          <section className="card" aria-labelledby="permit-footer-heading">
            <h3 id="permit-footer-heading">{t('permit.issueHeading')}</h3>
            <PermitFooterBoxes permit={permit} />
          </section>
          <PermitLog record={record} onRecorded={setRecord} parts={{ acts: true, trail: false }} />
          <PrintPermit record={record} onRecorded={setRecord} />
        </div>
      ) : (
        <div role="tabpanel" id="permit-tab-audit" aria-labelledby="permit-tab-button-audit">
          <PermitLog record={record} onRecorded={setRecord} parts={{ acts: false, trail: true }} />
        </div>
      )}
    </>
  );
}
