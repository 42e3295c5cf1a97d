import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { Role } from '../../../src/core/permit/transition-roles.ts';
import type { Route } from '../../../src/app/router/routes.ts';
import { AppShell } from '../../../src/app/shell/AppShell.tsx';
import { RouteGate } from '../../../src/app/shell/RouteGate.tsx';
import { renderWithApp } from '../renderWithApp.tsx';
import { signedInAs } from '../signed-in-session.ts';

const routes: Record<Route['screen'], Route> = {
  permits: { screen: 'permits' },
  permit: { screen: 'permit', id: 'some-permit' },
  application: { screen: 'application', draftId: null },
  settings: { screen: 'settings' },
  about: { screen: 'about' },
  inspect: { screen: 'inspect' },
  admin: { screen: 'admin', section: 'users' },
  sync: { screen: 'sync' },
};

/** What each role may open once signed in (DESIGN §1); settings, about and sync are for anyone. */
const allowed: Record<Role, readonly Route['screen'][]> = {
  officer: ['permits', 'permit', 'application', 'settings', 'about', 'sync'],
  approver: ['permits', 'permit', 'inspect', 'settings', 'about', 'sync'],
  inspector: ['permits', 'permit', 'inspect', 'settings', 'about', 'sync'],
  admin: ['admin', 'settings', 'about', 'sync'],
};
const navNames: Record<string, Route['screen']> = { Permits: 'permits', 'New application': 'application', 'Check a permit': 'inspect', Settings: 'settings', About: 'about', Administration: 'admin' };

async function renderRoute(role: Role, route: Route) {
  return renderWithApp(
    <AppShell route={route} updateBanner={null}>
      <RouteGate route={route}>
        <p data-testid="screen">{route.screen}</p>
      </RouteGate>
    </AppShell>,
    'en',
    undefined,
    signedInAs([role]),
  );
}

describe('roles in the app', () => {
  for (const role of Object.keys(allowed) as Role[]) {
    for (const route of Object.values(routes)) {
      const may = allowed[role].includes(route.screen);
      it(`${role} ${may ? 'opens' : 'is refused'} ${route.screen}`, async () => {
        await renderRoute(role, route);
        if (may) {
          expect(screen.getByTestId('screen').textContent).toBe(route.screen);
          expect(screen.queryByTestId('not-allowed')).toBeNull();
        } else {
          expect(screen.queryByTestId('screen')).toBeNull();
          expect(screen.getByTestId('not-allowed').textContent).toContain('This screen is not part of your roles');
        }
        const nav = within(screen.getByRole('navigation', { name: 'Main' }));
        const shown = nav.getAllByRole('link').map((link) => navNames[link.textContent ?? '']);
        expect(shown.sort()).toEqual(allowed[role].filter((screenName) => screenName !== 'permit' && screenName !== 'sync').sort());
      });
    }
  }

  it('asks for sign-in in the user’s language', async () => {
    await renderWithApp(
      <RouteGate route={routes.permits}>
        <p data-testid="screen">permits</p>
      </RouteGate>,
      'fr',
      undefined,
      { kind: 'signed-out' },
    );
    expect(screen.getByRole('heading', { name: 'Connexion' })).toBeTruthy();
    expect(screen.queryByTestId('screen')).toBeNull();
  });

  for (const route of Object.values(routes)) {
    const opens = ['settings', 'about', 'admin'].includes(route.screen);
    it(`signed out, ${opens ? 'opens' : 'asks to sign in for'} ${route.screen}`, async () => {
      await renderWithApp(
        <AppShell route={route} updateBanner={null}>
          <RouteGate route={route}>
            <p data-testid="screen">{route.screen}</p>
          </RouteGate>
        </AppShell>,
        'en',
        undefined,
        { kind: 'signed-out' },
      );
      expect(screen.queryByTestId('screen') !== null).toBe(opens);
      expect(screen.queryByRole('heading', { name: 'Sign in' }) !== null).toBe(!opens);
      const nav = within(screen.getByRole('navigation', { name: 'Main' }));
      expect(nav.getAllByRole('link').map((link) => link.textContent)).toEqual(['Settings', 'About']);
    });
  }
});
