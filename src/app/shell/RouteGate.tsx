import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { mayOpen, opensSignedOut } from '../auth/route-access.ts';
import { useSession } from '../auth/SessionContext.tsx';
import type { Route } from '../router/routes.ts';
import { LockScreen } from '../screens/lock/LockScreen.tsx';
import { SignInScreen } from '../screens/signin/SignInScreen.tsx';

/**
 * What the main area shows for a route: the screen, or sign-in while no one is signed in, or the lock
 * screen, or a plain refusal when the user's roles do not include it. The route itself never changes here.
 */
export function RouteGate({ route, children }: { route: Route; children: ReactNode }) {
  const { t } = useTranslation();
  const { state } = useSession();
  if (state.kind === 'locked') return <LockScreen user={state.user} />;
  if (state.kind === 'signed-out') return opensSignedOut(route) ? children : <SignInScreen />;
  if (!mayOpen(state.user.roles, route)) {
    const roles = state.user.roles.map((role) => t(`admin.roles.${role}`)).join(', ');
    return (
      <p className="card" role="alert" data-testid="not-allowed">
        {t('access.notAllowed', { roles })}
      </p>
    );
  }
  return children;
}
