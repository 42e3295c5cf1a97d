import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HqUser } from '../api/schemas.ts';

type CopyState = 'idle' | 'copied' | 'failed';

/** The new user's one-time password: shown this once (HQ keeps only its hash), with a copy button. */
export function OneTimePassword({ user, password, onDone }: { user: HqUser; password: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [copy, setCopy] = useState<CopyState>('idle');

  async function copyPassword() {
    try {
      await navigator.clipboard.writeText(password);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }

  return (
    <section className="card admin-secret" aria-labelledby="one-time-password-title">
      <h3 id="one-time-password-title">{t('admin.users.oneTimePassword.title', { username: user.username })}</h3>
      <p className="admin-secret__value" data-testid="one-time-password">
        {password}
      </p>
      <p className="admin-warning" role="note">
        {t('admin.users.oneTimePassword.warning')}
      </p>
      <div className="admin-actions">
        <button type="button" onClick={() => void copyPassword()}>
          {t('admin.users.oneTimePassword.copy')}
        </button>
        <button type="button" className="button--secondary" onClick={onDone}>
          {t('admin.users.oneTimePassword.done')}
        </button>
      </div>
      <p role="status">{copy === 'idle' ? '' : t(`admin.users.oneTimePassword.${copy}`)}</p>
    </section>
  );
}
