import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { RouteGate } from '../../../src/app/shell/RouteGate.tsx';
import { SessionStatus } from '../../../src/app/shell/SessionStatus.tsx';
import { findAccount } from '../../../src/app/auth/accounts.ts';
import { latestTrustList } from '../../../src/app/auth/trust-lists.ts';
import { rootKeyFingerprint } from '../../../src/core/trust/fingerprint.ts';
import { ed25519PublicKey } from '../../../src/core/crypto/ed25519.ts';
import { renderWithApp } from '../renderWithApp.tsx';
import { fakeHq, rootSeed } from '../auth/fake-hq.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  window.location.hash = '';
});

function renderSignedOut() {
  return renderWithApp(
    <>
      <SessionStatus />
      <RouteGate route={{ screen: 'permits' }}>
        <p data-testid="permits-screen">the permits screen</p>
      </RouteGate>
    </>,
    'en',
    undefined,
    { kind: 'signed-out' },
  );
}

function signIn(username: string, password: string) {
  fireEvent.change(screen.getByTestId('sign-in-username'), { target: { value: username } });
  fireEvent.change(screen.getByTestId('sign-in-password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

const newPassword = 'Tsavo-river-at-dawn';

describe('sign-in', () => {
  it('first sign-in online: one-time password, new password, device enrolled and verified, then offline sign-ins', async () => {
    const hq = fakeHq([{ id: 'user-amina', username: 'amina', password: 'one-time-123', roles: ['officer', 'approver'], mustChangePassword: true }]);
    vi.stubGlobal('fetch', hq.fetchMock);
    const { db } = await renderSignedOut();
    expect(screen.queryByTestId('permits-screen')).toBeNull();

    signIn('Amina', 'one-time-123');
    await screen.findByRole('heading', { name: 'Choose your own password' });
    fireEvent.change(screen.getByTestId('new-password'), { target: { value: newPassword } });
    fireEvent.change(screen.getByTestId('repeat-password'), { target: { value: 'something else entirely' } });
    fireEvent.click(screen.getByRole('button', { name: 'Change the password and continue' }));
    expect((await screen.findByTestId('sign-in-problem')).textContent).toBe('The two passwords differ.');
    fireEvent.change(screen.getByTestId('repeat-password'), { target: { value: newPassword } });
    fireEvent.click(screen.getByRole('button', { name: 'Change the password and continue' }));

    expect((await screen.findByTestId('device-code', {}, { timeout: 10_000 })).textContent).toBe('Device code: D10');
    expect(screen.getByTestId('root-fingerprint').textContent).toBe(rootKeyFingerprint(await ed25519PublicKey(rootSeed)));
    expect(hq.calls).toEqual(['POST /api/v1/session', 'POST /api/v1/session/password', 'POST /api/v1/devices/challenge', 'POST /api/v1/devices']);
    const account = await findAccount(db, 'amina');
    expect(account).toMatchObject({ userId: 'user-amina', deviceCode: 'D10', roles: ['officer', 'approver'], party: 'KE', autoLockMinutes: 10 });
    expect(account?.certificates).toHaveLength(2);
    expect((await latestTrustList(db, 'KE'))?.version).toBe(2);

    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByTestId('permits-screen');
    expect(screen.getByTestId('session-status').textContent).toContain('Name of amina, device D10');

    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await screen.findByRole('heading', { name: 'Sign in' });

    // Offline from here: the device alone decides.
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    signIn('amina', 'not the password');
    expect((await screen.findByTestId('sign-in-problem', {}, { timeout: 10_000 })).textContent).toBe('Wrong username or password.');
    signIn('amina', newPassword);
    await screen.findByTestId('permits-screen', {}, { timeout: 10_000 });
  }, 30_000); // three PBKDF2 runs of 600,000 iterations

  it('says a first sign-in needs a connection when HQ cannot be reached', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    await renderSignedOut();
    signIn('baraka', 'whatever password');
    expect((await screen.findByTestId('sign-in-problem')).textContent).toContain('The first sign-in on a device needs a connection.');
  });

  it('signs an admin-only user in online without enrolling the device, and goes to the admin screens', async () => {
    const hq = fakeHq([{ id: 'user-admin', username: 'admin', password: newPassword, roles: ['admin'], mustChangePassword: false }]);
    vi.stubGlobal('fetch', hq.fetchMock);
    const { db } = await renderSignedOut();
    signIn('admin', newPassword);
    await waitFor(() => expect(window.location.hash).toBe('#/admin'));
    expect(hq.calls).toEqual(['POST /api/v1/session']);
    expect(await db.accounts.count()).toBe(0);
    expect(screen.getByTestId('session-status').textContent).toContain('Name of admin');
  });
});
