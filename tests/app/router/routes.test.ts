import { describe, expect, it } from 'vitest';
import { hrefFor, routeFromHash, type Route } from '../../../src/app/router/routes.ts';
import { preferredLanguage } from '../../../src/app/i18n/languages.ts';

describe('hash routes', () => {
  it('maps known hashes to their screen and anything else to the permits list', () => {
    expect(routeFromHash('#/settings')).toEqual({ screen: 'settings' });
    expect(routeFromHash(hrefFor({ screen: 'about' }))).toEqual({ screen: 'about' });
    expect(routeFromHash('')).toEqual({ screen: 'permits' });
    expect(routeFromHash('#/nowhere')).toEqual({ screen: 'permits' });
    expect(routeFromHash('#/settings/extra')).toEqual({ screen: 'permits' });
  });

  it('reads the ids of permits and drafts, and "new" for a new application', () => {
    expect(routeFromHash('#/permits/abc-1')).toEqual({ screen: 'permit', id: 'abc-1' });
    expect(routeFromHash('#/applications/new')).toEqual({ screen: 'application', draftId: null });
    expect(routeFromHash('#/applications/abc-1')).toEqual({ screen: 'application', draftId: 'abc-1' });
    expect(routeFromHash('#/applications')).toEqual({ screen: 'permits' });
  });

  it('writes every route as a hash that reads back as the same route', () => {
    const all: Route[] = [
      { screen: 'permits' },
      { screen: 'permit', id: 'a b/c' },
      { screen: 'application', draftId: null },
      { screen: 'application', draftId: '0c1d' },
      { screen: 'settings' },
      { screen: 'about' },
      { screen: 'inspect' },
    ];
    for (const route of all) expect(routeFromHash(hrefFor(route))).toEqual(route);
  });

  it('reads the HQ administration sections, #/admin being the users', () => {
    expect(routeFromHash('#/admin')).toEqual({ screen: 'admin', section: 'users' });
    expect(routeFromHash('#/admin/users')).toEqual({ screen: 'admin', section: 'users' });
    expect(routeFromHash('#/admin/trust-lists')).toEqual({ screen: 'admin', section: 'trust-lists' });
    expect(routeFromHash('#/admin/quota-shares')).toEqual({ screen: 'admin', section: 'quota-shares' });
    expect(routeFromHash('#/admin/nowhere')).toEqual({ screen: 'permits' });
    for (const section of ['users', 'devices', 'trust-lists', 'notices', 'permits', 'alerts', 'checkpoint', 'quota-shares'] as const) {
      expect(routeFromHash(hrefFor({ screen: 'admin', section }))).toEqual({ screen: 'admin', section });
    }
  });
});

describe('preferredLanguage', () => {
  it('takes the first browser language Hornbill speaks, else English', () => {
    expect(preferredLanguage(['de-DE', 'fr-CA', 'es'])).toBe('fr');
    expect(preferredLanguage(['es-419'])).toBe('es');
    expect(preferredLanguage(['sw', 'de'])).toBe('en');
    expect(preferredLanguage([])).toBe('en');
  });
});
