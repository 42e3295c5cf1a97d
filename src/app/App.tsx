import { useHashRoute } from './router/useHashRoute.ts';
import type { Route } from './router/routes.ts';
import { AppShell } from './shell/AppShell.tsx';
import { UpdateBanner } from './shell/UpdateBanner.tsx';
import { AboutScreen } from './screens/about/AboutScreen.tsx';
import { SettingsScreen } from './screens/settings/SettingsScreen.tsx';

function Screen({ route }: { route: Route }) {
  switch (route) {
    case 'about':
      return <AboutScreen />;
    case 'settings':
      return <SettingsScreen />;
  }
}

export function App() {
  const route = useHashRoute();
  return (
    <AppShell route={route} updateBanner={<UpdateBanner />}>
      <Screen route={route} />
    </AppShell>
  );
}
