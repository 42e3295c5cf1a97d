import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor, navRoutes, type NavScreen, type Route } from '../router/routes.ts';
import { showsInNav } from '../auth/route-access.ts';
import { useSession } from '../auth/SessionContext.tsx';
import { ConnectionStatus } from './ConnectionStatus.tsx';
import { SessionStatus } from './SessionStatus.tsx';
import { SyncStatus } from './SyncStatus.tsx';

interface AppShellProps {
  route: Route;
  updateBanner: ReactNode;
  children: ReactNode;
}

/** The navigation entry a route belongs to: a permit's detail is under Permits. */
function navScreenOf(route: Route): NavScreen | null {
  if (route.screen === 'permit') return 'permits';
  // The Sync screen is reached from the header's sync indicator, not from the navigation.
  return route.screen === 'sync' ? null : route.screen;
}

export function AppShell({ route, updateBanner, children }: AppShellProps) {
  const { t } = useTranslation();
  const { state } = useSession();
  const roles = state.kind === 'signed-in' ? state.user.roles : null;
  useEffect(() => {
    // The benchmark and the end-to-end tests wait for this mark: the shell is on screen and usable.
    performance.mark('hornbill:shell-ready');
    document.documentElement.dataset['ready'] = 'true';
  }, []);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="shell__header">
        <div className="shell__brand">
          <img src="/favicon.svg" alt="" width="32" height="32" />
          <div>
            <h1 className="shell__title">{t('app.name')}</h1>
            <p className="shell__tagline">{t('app.tagline')}</p>
          </div>
        </div>
        <ConnectionStatus />
        <SyncStatus />
        <SessionStatus />
      </header>
      {updateBanner}
      <nav className="shell__nav" aria-label={t('nav.label')}>
        {navRoutes.filter((item) => showsInNav(roles, item.route)).map((item) => (
          <a key={item.screen} href={hrefFor(item.route)} aria-current={item.screen === navScreenOf(route) ? 'page' : undefined}>
            {t(`nav.${item.screen}`)}
          </a>
        ))}
      </nav>
      <main id="main" className="shell__main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
