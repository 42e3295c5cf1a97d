import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../core/permit/transition-roles.ts';
import type { HqFailure } from '../api/hqRequest.ts';
import { FailureMessage } from '../common/FailureMessage.tsx';
import { RoleChoices } from './RoleChoices.tsx';

export interface UserFormValues {
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly Role[];
  readonly office: string;
}

interface UserFormProps {
  title: string;
  initial: UserFormValues;
  /** false when editing: a username never changes. */
  usernameEditable: boolean;
  submitLabel: string;
  onSubmit: (values: UserFormValues) => Promise<HqFailure | undefined>;
  onCancel: () => void;
}

/** Name, username, roles and office of a user; used to add one and to change one. */
export function UserForm({ title, initial, usernameEditable, submitLabel, onSubmit, onCancel }: UserFormProps) {
  const { t } = useTranslation();
  const ids = { title: useId(), name: useId(), username: useId(), office: useId() };
  const [values, setValues] = useState<UserFormValues>(initial);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<HqFailure | undefined>(undefined);
  const change = (changes: Partial<UserFormValues>) => setValues((current) => ({ ...current, ...changes }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const outcome = await onSubmit(values);
    setBusy(false);
    setFailure(outcome);
  }

  return (
    <form className="card" aria-labelledby={ids.title} onSubmit={(event) => void submit(event)}>
      <h3 id={ids.title}>{title}</h3>
      <div className="field">
        <label className="field__label" htmlFor={ids.name}>
          {t('admin.users.name')}
        </label>
        <input id={ids.name} required maxLength={200} value={values.displayName} onChange={(event) => change({ displayName: event.target.value })} />
      </div>
      {usernameEditable ? (
        <div className="field">
          <label className="field__label" htmlFor={ids.username}>
            {t('admin.users.username')}
          </label>
          <input
            id={ids.username}
            required
            autoCapitalize="none"
            autoComplete="off"
            maxLength={64}
            value={values.username}
            onChange={(event) => change({ username: event.target.value })}
          />
          <p className="note">{t('admin.users.usernameHint')}</p>
        </div>
      ) : null}
      <RoleChoices roles={values.roles} onChange={(roles) => change({ roles })} />
      <div className="field">
        <label className="field__label" htmlFor={ids.office}>
          {t('admin.users.office')}
        </label>
        <input id={ids.office} maxLength={200} value={values.office} onChange={(event) => change({ office: event.target.value })} />
      </div>
      {failure === undefined ? null : <FailureMessage failure={failure} />}
      <div className="admin-actions">
        <button type="submit" disabled={busy || values.roles.length === 0}>
          {submitLabel}
        </button>
        <button type="button" className="button--secondary" onClick={onCancel} disabled={busy}>
          {t('admin.common.cancel')}
        </button>
      </div>
    </form>
  );
}
