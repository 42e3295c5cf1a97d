import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useHashRoute } from './router/useHashRoute.ts';
import type { Route } from './router/routes.ts';
import { AppShell } from './shell/AppShell.tsx';
import { UpdateBanner } from './shell/UpdateBanner.tsx';
import { AboutScreen } from './screens/about/AboutScreen.tsx';
import { SettingsScreen } from './screens/settings/SettingsScreen.tsx';

// The permit screens carry the code lists (with country names) and the rules: separate chunks, so the
// shell stays small. The service worker precaches them, so they load offline too.
const PermitsScreen = lazy(() => import('./screens/permits/PermitsScreen.tsx'));
const PermitDetailScreen = lazy(() => import('./screens/permit/PermitDetailScreen.tsx'));
const ApplicationScreen = lazy(() => import('./screens/application/ApplicationScreen.tsx'));

function Screen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'permits':
      return <PermitsScreen />;
    case 'permit':
      return <PermitDetailScreen key={route.id} permitId={route.id} />;
    case 'application':
      return <ApplicationScreen draftId={route.draftId} />;
    case 'about':
      return <AboutScreen />;
    case 'settings':
      return <SettingsScreen />;
  }
}

export function App() {
  const { t } = useTranslation();
  const route = useHashRoute();
  return (
    <AppShell route={route} updateBanner={<UpdateBanner />}>
      <Suspense fallback={<p role="status">{t('app.loadingScreen')}</p>}>
        <Screen route={route} />
      </Suspense>
    </AppShell>
  );
}
