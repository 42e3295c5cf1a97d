import { useTranslation } from 'react-i18next';
import { noticesSchema, type OutboxNotice } from '../api/schemas.ts';
import { useHqResource } from '../api/useHqResource.ts';
import { FailureMessage } from '../common/FailureMessage.tsx';
import { formatTime } from '../common/formatTime.ts';

function Subject({ notice }: { notice: OutboxNotice }) {
  const { t } = useTranslation();
  const { username, deviceCode } = notice.subject;
  if (deviceCode !== null) return <>{t('admin.notices.subjectDevice', { code: deviceCode, username: username ?? '—' })}</>;
  return <>{username ?? '—'}</>;
}

/** The kinds HQ queues today; another kind shows as HQ names it. */
function useKindLabel(): (kind: string) => string {
  const { t } = useTranslation();
  return (kind) => (kind === 'user-removed' || kind === 'device-revoked' ? t(`admin.notices.kinds.${kind}`) : kind);
}

/** The outbox of signed notices to the CITES Secretariat, each downloadable as its signed file. */
export function NoticesScreen() {
  const { t, i18n } = useTranslation();
  const kindLabel = useKindLabel();
  const { result } = useHqResource('/api/v1/notices', noticesSchema);
  return (
    <section aria-labelledby="admin-notices-title">
      <h3 id="admin-notices-title">{t('admin.notices.title')}</h3>
      <p className="note">{t('admin.notices.hint')}</p>
      {result === undefined ? <p role="status">{t('admin.common.loading')}</p> : null}
      {result?.ok === false ? <FailureMessage failure={result.failure} /> : null}
      {result?.ok === true && result.value.notices.length === 0 ? <p>{t('admin.notices.none')}</p> : null}
      {result?.ok === true && result.value.notices.length > 0 ? (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t('admin.notices.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.notices.kind')}</th>
                <th scope="col">{t('admin.notices.subject')}</th>
                <th scope="col">{t('admin.notices.created')}</th>
                <th scope="col">{t('admin.notices.delivery')}</th>
                <th scope="col">{t('admin.notices.attempts')}</th>
                <th scope="col">{t('admin.common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {result.value.notices.map((notice) => (
                <tr key={notice.id} data-testid={`notice-${notice.id}`}>
                  <td>{kindLabel(notice.kind)}</td>
                  <td>
                    <Subject notice={notice} />
                  </td>
                  <td>{formatTime(notice.createdAt, i18n.language)}</td>
                  <td>
                    {notice.deliveredAt === null ? t('admin.notices.notDelivered') : t('admin.notices.deliveredOn', { date: formatTime(notice.deliveredAt, i18n.language) })}
                    {notice.deliveredAt === null && notice.lastError !== null ? <span className="detail-line note">{t('admin.notices.lastError', { error: notice.lastError })}</span> : null}
                  </td>
                  <td>{notice.attempts}</td>
                  <td>
                    <a className="button button--secondary" href={`/api/v1/notices/${encodeURIComponent(notice.id)}`} download={`notice-${notice.id}.cose`}>
                      {t('admin.notices.download')}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
