import { describe, expect, it } from 'vitest';
import { hrefFor, routeFromHash } from '../../../src/app/router/routes.ts';
import { preferredLanguage } from '../../../src/app/i18n/languages.ts';

describe('hash routes', () => {
  it('maps known hashes to their screen and anything else to About', () => {
    expect(routeFromHash('#/settings')).toBe('settings');
    expect(routeFromHash(hrefFor('about'))).toBe('about');
    expect(routeFromHash('')).toBe('about');
    expect(routeFromHash('#/nowhere')).toBe('about');
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
