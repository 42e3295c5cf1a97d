import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/SessionContext.tsx';
import { useSignOut } from '../auth/useSignOut.ts';

/** Who is signed in on which device, with Lock and Sign out; nothing while signed out. */
export function SessionStatus() {
  const { t } = useTranslation();
  const { state, lock } = useSession();
  const signOut = useSignOut();
  if (state.kind === 'signed-out') return null;
  const { user } = state;
  return (
    <div className="session-status" data-testid="session-status">
      <span>{user.device ? t('session.signedInOnDevice', { name: user.displayName, code: user.device.code }) : user.displayName}</span>
      {state.kind === 'signed-in' && (
        <button type="button" className="button--secondary" onClick={lock}>
          {t('session.lock')}
        </button>
      )}
      <button type="button" className="button--secondary" onClick={signOut}>
        {t('session.signOut')}
      </button>
    </div>
  );
}
