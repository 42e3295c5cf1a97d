import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface ChangePasswordFormProps {
  busy: boolean;
  onSubmit: (newPassword: string, repeated: string) => void;
}

/** The first sign-in with a one-time password: HQ lets the user do nothing else until it is replaced. */
export function ChangePasswordForm({ busy, onSubmit }: ChangePasswordFormProps) {
  const { t } = useTranslation();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    onSubmit(String(data.get('newPassword') ?? ''), String(data.get('repeated') ?? ''));
  };
  return (
    <form onSubmit={submit} aria-busy={busy}>
      <h3>{t('signIn.changeTitle')}</h3>
      <p>{t('signIn.changeIntro')}</p>
      <label className="field">
        <span className="field__label">{t('signIn.newPassword')}</span>
        <input name="newPassword" type="password" autoComplete="new-password" required data-testid="new-password" />
      </label>
      <label className="field">
        <span className="field__label">{t('signIn.repeatPassword')}</span>
        <input name="repeated" type="password" autoComplete="new-password" required data-testid="repeat-password" />
      </label>
      <button type="submit" className="button" disabled={busy}>
        {busy ? t('signIn.working') : t('signIn.changeSubmit')}
      </button>
    </form>
  );
}
