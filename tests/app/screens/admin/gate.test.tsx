import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import AdminScreen from '../../../../src/app/screens/admin/AdminScreen.tsx';
import { renderWithApp } from '../../renderWithApp.tsx';
import { adminSession, fakeHq, hqUser, refusal } from './hq-fetch.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the HQ administration gate', () => {
  it('asks HQ who is signed in and, for nobody, links to the sign-in screen', async () => {
    const requests = fakeHq({ 'GET /api/v1/session': refusal(401, 'unauthenticated') });
    await renderWithApp(<AdminScreen section="users" />);
    await screen.findByText('HQ administration is for administrators signed in at HQ. Sign in first.');
    expect(screen.getByRole('link', { name: 'Go to sign-in' }).getAttribute('href')).toBe('#/signin');
    expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /api/v1/session']);
  });

  it('tells a signed-in user without the admin role that this is for administrators', async () => {
    fakeHq({ 'GET /api/v1/session': { json: { user: hqUser('amina', ['officer']), expiresAt: '2026-03-01T20:00:00.000Z' } } });
    await renderWithApp(<AdminScreen section="users" />);
    await screen.findByText(/You are signed in as amina, who is not an administrator/);
    expect(screen.getByRole('link', { name: 'Go to sign-in' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Users' })).toBeNull();
  });

  it('sends an admin still on a one-time password to sign in and change it', async () => {
    fakeHq({ 'GET /api/v1/session': { json: { user: hqUser('chief', ['admin'], { mustChangePassword: true }), expiresAt: '2026-03-01T20:00:00.000Z' } } });
    await renderWithApp(<AdminScreen section="users" />);
    await screen.findByText(/still has its one-time password/);
  });

  it('says administration needs a connection when the device is offline, without calling HQ', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const requests = fakeHq({});
    await renderWithApp(<AdminScreen section="users" />);
    expect(screen.getByText(/HQ administration needs a connection to HQ, and this device is offline/)).toBeTruthy();
    expect(requests).toEqual([]);
  });

  it('treats a network failure as offline', async () => {
    fakeHq({ 'GET /api/v1/session': 'network-error' });
    await renderWithApp(<AdminScreen section="users" />);
    await screen.findByText(/HQ administration needs a connection to HQ/);
  });

  it('shows the section navigation and the chosen section to an admin, in French too', async () => {
    fakeHq({ 'GET /api/v1/session': adminSession, 'GET /api/v1/devices': { json: { devices: [] } } });
    await renderWithApp(<AdminScreen section="devices" />, 'fr');
    await screen.findByRole('heading', { name: 'Appareils' });
    expect(screen.getByRole('link', { name: 'Appareils' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Listes de confiance' }).getAttribute('href')).toBe('#/admin/trust-lists');
    await screen.findByText('Aucun appareil n’a encore été enrôlé.');
  });
});
