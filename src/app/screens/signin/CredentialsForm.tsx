import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface CredentialsFormProps {
  busy: boolean;
  /** Fixed on the lock screen: only the password is asked for. */
  username?: string;
  submitLabel: string;
  onSubmit: (username: string, password: string) => void;
}

export function CredentialsForm({ busy, username, submitLabel, onSubmit }: CredentialsFormProps) {
  const { t } = useTranslation();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const password = String(data.get('password') ?? '');
    event.currentTarget.reset(); // the password does not stay in the page once sent
    onSubmit(username ?? String(data.get('username') ?? ''), password);
  };
  return (
    <form onSubmit={submit} aria-busy={busy}>
      {username === undefined && (
        <label className="field">
          <span className="field__label">{t('signIn.username')}</span>
          <input name="username" autoComplete="username" autoCapitalize="none" spellCheck={false} required data-testid="sign-in-username" />
        </label>
      )}
      <label className="field">
        <span className="field__label">{t('signIn.password')}</span>
        <input name="password" type="password" autoComplete="current-password" required data-testid="sign-in-password" />
      </label>
      <button type="submit" className="button" disabled={busy}>
        {busy ? t('signIn.working') : submitLabel}
      </button>
    </form>
  );
}
