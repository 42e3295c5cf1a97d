import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useHashRoute } from './router/useHashRoute.ts';
import type { Route } from './router/routes.ts';
import { AppShell } from './shell/AppShell.tsx';
import { RouteGate } from './shell/RouteGate.tsx';
import { useTrustListPull } from './auth/useTrustListPull.ts';
import { UpdateBanner } from './shell/UpdateBanner.tsx';
import { SyncProvider } from './sync/SyncProvider.tsx';
import { AboutScreen } from './screens/about/AboutScreen.tsx';
import { SettingsScreen } from './screens/settings/SettingsScreen.tsx';

// The permit screens carry the code lists (with country names) and the rules: separate chunks, so the
// shell stays small. The service worker precaches them, so they load offline too.
const PermitsScreen = lazy(() => import('./screens/permits/PermitsScreen.tsx'));
const PermitDetailScreen = lazy(() => import('./screens/permit/PermitDetailScreen.tsx'));
const ApplicationScreen = lazy(() => import('./screens/application/ApplicationScreen.tsx'));
// The inspector's verifier carries the QR decoder and the verdict code.
const InspectScreen = lazy(() => import('./screens/inspect/InspectScreen.tsx'));
// HQ administration is online-only and for admins alone: never part of the shell.
const AdminScreen = lazy(() => import('./screens/admin/AdminScreen.tsx'));
// The Sync screen; the sync engine itself loads only when a sync starts.
const SyncScreen = lazy(() => import('./screens/sync/SyncScreen.tsx'));

function Screen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'permits':
      return <PermitsScreen />;
    case 'permit':
      return <PermitDetailScreen key={route.id} permitId={route.id} />;
    case 'application':
      return <ApplicationScreen draftId={route.draftId} />;
    case 'inspect':
      return <InspectScreen />;
    case 'about':
      return <AboutScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'sync':
      return <SyncScreen />;
    case 'admin':
      return <AdminScreen section={route.section} />;
  }
}

export function App() {
  const { t } = useTranslation();
  const route = useHashRoute();
  useTrustListPull();
  return (
    <SyncProvider>
      <AppShell route={route} updateBanner={<UpdateBanner />}>
        <RouteGate route={route}>
          <Suspense fallback={<p role="status">{t('app.loadingScreen')}</p>}>
            <Screen route={route} />
          </Suspense>
        </RouteGate>
      </AppShell>
    </SyncProvider>
  );
}
