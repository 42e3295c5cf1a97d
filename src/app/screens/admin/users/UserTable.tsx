import { useTranslation } from 'react-i18next';
import type { HqUser } from '../api/schemas.ts';
import { formatTime } from '../common/formatTime.ts';

interface UserTableProps {
  users: readonly HqUser[];
  /** The signed-in admin, who may not remove themselves. */
  adminId: string;
  onEdit: (user: HqUser) => void;
  onRemove: (user: HqUser) => void;
}

export function UserTable({ users, adminId, onEdit, onRemove }: UserTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{t('admin.users.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.users.name')}</th>
            <th scope="col">{t('admin.users.username')}</th>
            <th scope="col">{t('admin.users.roles')}</th>
            <th scope="col">{t('admin.users.office')}</th>
            <th scope="col">{t('admin.users.created')}</th>
            <th scope="col">{t('admin.users.removed')}</th>
            <th scope="col">{t('admin.common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} data-testid={`user-${user.username}`}>
              <td>{user.displayName}</td>
              <td>{user.username}</td>
              <td>{user.roles.map((role) => t(`admin.roles.${role}`)).join(', ')}</td>
              <td>{user.office ?? '—'}</td>
              <td>{formatTime(user.createdAt, i18n.language)}</td>
              <td>{user.removedAt === null ? '—' : t('admin.users.removedOn', { date: formatTime(user.removedAt, i18n.language), reason: user.removalReason ?? '' })}</td>
              <td>
                {user.removedAt === null ? (
                  <div className="admin-actions">
                    <button type="button" className="button--secondary" onClick={() => onEdit(user)} aria-label={t('admin.users.editNamed', { username: user.username })}>
                      {t('admin.users.edit')}
                    </button>
                    {user.id === adminId ? null : (
                      <button type="button" className="button--secondary" onClick={() => onRemove(user)} aria-label={t('admin.users.removeNamed', { username: user.username })}>
                        {t('admin.users.remove')}
                      </button>
                    )}
                  </div>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
