import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHqResource } from '../api/useHqResource.ts';
import { usersSchema, type HqUser } from '../api/schemas.ts';
import { ConfirmWithReason } from '../common/ConfirmWithReason.tsx';
import { FailureMessage } from '../common/FailureMessage.tsx';
import { OneTimePassword } from './OneTimePassword.tsx';
import { UserForm } from './UserForm.tsx';
import { UserTable } from './UserTable.tsx';
import { createUser, removeUser, updateUser } from './userRequests.ts';

type Panel =
  | { readonly kind: 'none' }
  | { readonly kind: 'create' }
  | { readonly kind: 'edit'; readonly user: HqUser }
  | { readonly kind: 'remove'; readonly user: HqUser }
  | { readonly kind: 'created'; readonly user: HqUser; readonly oneTimePassword: string };

const emptyUser = { username: '', displayName: '', roles: [], office: '' } as const;

/** The users of the authority: list, add (with a one-time password), change, remove. */
export function UsersScreen({ adminId }: { adminId: string }) {
  const { t } = useTranslation();
  const { result, reload } = useHqResource('/api/v1/users', usersSchema);
  const [panel, setPanel] = useState<Panel>({ kind: 'none' });
  const [done, setDone] = useState('');
  const close = () => setPanel({ kind: 'none' });
  const open = (next: Panel) => {
    setDone('');
    setPanel(next);
  };

  return (
    <section aria-labelledby="admin-users-title">
      <div className="screen-heading">
        <h3 id="admin-users-title">{t('admin.users.title')}</h3>
        {panel.kind === 'none' ? (
          <button type="button" onClick={() => open({ kind: 'create' })}>
            {t('admin.users.add')}
          </button>
        ) : null}
      </div>
      <p role="status">{done}</p>
      {panel.kind === 'create' ? (
        <UserForm
          title={t('admin.users.addTitle')}
          initial={emptyUser}
          usernameEditable
          submitLabel={t('admin.users.addSubmit')}
          onCancel={close}
          onSubmit={async (values) => {
            const added = await createUser(values);
            if (!added.ok) return added.failure;
            setPanel({ kind: 'created', user: added.value.user, oneTimePassword: added.value.oneTimePassword });
            reload();
            return undefined;
          }}
        />
      ) : null}
      {panel.kind === 'created' ? <OneTimePassword user={panel.user} password={panel.oneTimePassword} onDone={close} /> : null}
      {panel.kind === 'edit' ? (
        <UserForm
          title={t('admin.users.editTitle', { username: panel.user.username })}
          initial={{ username: panel.user.username, displayName: panel.user.displayName, roles: panel.user.roles, office: panel.user.office ?? '' }}
          usernameEditable={false}
          submitLabel={t('admin.users.editSubmit')}
          onCancel={close}
          onSubmit={async (values) => {
            const updated = await updateUser(panel.user.id, values);
            if (!updated.ok) return updated.failure;
            setDone(t('admin.users.saved', { username: updated.value.user.username }));
            close();
            reload();
            return undefined;
          }}
        />
      ) : null}
      {panel.kind === 'remove' ? (
        <ConfirmWithReason
          title={t('admin.users.removeTitle', { name: panel.user.displayName, username: panel.user.username })}
          explanation={<p>{t('admin.users.removeExplanation')}</p>}
          confirmLabel={t('admin.users.removeConfirm')}
          onCancel={close}
          onConfirm={async (reason) => {
            const removed = await removeUser(panel.user.id, reason);
            if (!removed.ok) return removed.failure;
            setDone(t('admin.users.removedDone', { username: panel.user.username, version: removed.value.trustListVersion }));
            close();
            reload();
            return undefined;
          }}
        />
      ) : null}
      {result === undefined ? <p role="status">{t('admin.common.loading')}</p> : null}
      {result?.ok === false ? <FailureMessage failure={result.failure} /> : null}
      {result?.ok === true ? (
        <UserTable users={result.value.users} adminId={adminId} onEdit={(user) => open({ kind: 'edit', user })} onRemove={(user) => open({ kind: 'remove', user })} />
      ) : null}
    </section>
  );
}
