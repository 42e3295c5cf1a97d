import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen } from '@testing-library/react';
import { noFailedAttempts } from '../../../src/app/auth/account-record.ts';
import { wrapDeviceKey } from '../../../src/app/auth/device-key-wrap.ts';
import { RouteGate } from '../../../src/app/shell/RouteGate.tsx';
import { renderWithApp } from '../renderWithApp.tsx';
import { signedInAs, testUserId } from '../signed-in-session.ts';

afterEach(() => vi.useRealTimers());

const password = 'long enough passphrase';
const minute = 60_000;

describe('auto-lock', () => {
  it('locks after the idle time (activity restarts it), drops the key, keeps the route, and unlocks with the password', async () => {
    const session = signedInAs(['officer']);
    if (session.kind !== 'signed-in' || session.user.device === null) throw new Error('test session without a device');
    const seed = session.user.device.seed;
    seed.fill(7);
    const { db } = await renderWithApp(
      <RouteGate route={{ screen: 'permits' }}>
        <p data-testid="screen">permits</p>
      </RouteGate>,
      'en',
      undefined,
      session,
    );
    await db.accounts.put({
      userId: testUserId,
      username: testUserId,
      displayName: `Test ${testUserId}`,
      roles: ['officer'],
      party: 'KE',
      authorityName: 'Kenya Wildlife Service',
      deviceId: session.user.device.id,
      deviceCode: 'T3F',
      wrappedKey: await wrapDeviceKey({ seed: new Uint8Array(32).fill(7), password, owner: `user:${testUserId}|device:${session.user.device.id}` }),
      certificates: [],
      rootPublicKey: '',
      autoLockMinutes: 15,
      failedAttempts: noFailedAttempts,
      enrolledAt: '2026-11-20T10:00:00.000Z',
    });

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // The timer armed at sign-in was a real one: re-arm it under the fake clock with one activity.
    fireEvent.pointerDown(window);
    act(() => vi.advanceTimersByTime(14 * minute));
    fireEvent.keyDown(window, { key: 'a' });
    act(() => vi.advanceTimersByTime(14 * minute));
    expect(screen.getByTestId('screen')).toBeTruthy();
    act(() => vi.advanceTimersByTime(1 * minute));
    vi.useRealTimers();

    expect(screen.queryByTestId('screen')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Hornbill is locked' })).toBeTruthy();
    expect(seed.every((byte) => byte === 0)).toBe(true);

    fireEvent.change(screen.getByTestId('sign-in-password'), { target: { value: password } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect((await screen.findByTestId('screen', {}, { timeout: 10_000 })).textContent).toBe('permits');
  }, 20_000); // two PBKDF2 runs of 600,000 iterations
});
