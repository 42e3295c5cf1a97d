import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HqUser } from '../api/schemas.ts';
import { FailureMessage } from '../common/FailureMessage.tsx';
import { SIGN_IN_HREF } from '../common/signInHref.ts';
import { useAdminSession } from './useAdminSession.ts';

/** Shows the admin screens only to an administrator signed in at HQ; everyone else learns why and what to do. */
export function AdminGate({ children }: { children: (admin: HqUser) => ReactNode }) {
  const { t } = useTranslation();
  const session = useAdminSession();
  const signInLink = (
    <a className="button" href={SIGN_IN_HREF}>
      {t('admin.gate.signIn')}
    </a>
  );
  switch (session.state) {
    case 'checking':
      return <p role="status">{t('admin.gate.checking')}</p>;
    case 'offline':
      return (
        <div className="card" role="status">
          <p>{t('admin.gate.offline')}</p>
        </div>
      );
    case 'signed-out':
      return (
        <div className="card">
          <p>{t('admin.gate.signedOut')}</p>
          {signInLink}
        </div>
      );
    case 'not-admin':
      return (
        <div className="card">
          <p>{t('admin.gate.notAdmin', { username: session.user.username })}</p>
          {signInLink}
        </div>
      );
    case 'must-change-password':
      return (
        <div className="card">
          <p>{t('admin.gate.mustChangePassword')}</p>
          {signInLink}
        </div>
      );
    case 'failed':
      return <FailureMessage failure={session.failure} />;
    case 'admin':
      return children(session.user);
  }
}
