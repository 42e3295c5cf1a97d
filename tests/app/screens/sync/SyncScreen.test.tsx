import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import SyncScreen from '../../../../src/app/screens/sync/SyncScreen.tsx';
import { SyncStatus } from '../../../../src/app/shell/SyncStatus.tsx';
import { SyncViewProvider, type SyncView } from '../../../../src/app/sync/SyncProvider.tsx';
import type { SyncSummary } from '../../../../src/app/sync/sync-summary.ts';
import type { Language } from '../../../../src/app/i18n/languages.ts';
import { renderWithApp } from '../../renderWithApp.tsx';

afterEach(() => vi.restoreAllMocks());

const NOW = Date.UTC(2026, 10, 26, 12, 0, 0);

const summary: SyncSummary = {
  pending: 4,
  otherUsersPending: 0,
  rejected: [],
  lastSuccessAt: NOW - 3 * 3_600_000,
  lastError: null,
  alarm: null,
  clockSkewMs: 5 * 60_000,
  checkpointSize: 1234,
};

function view(change: Partial<SyncView> = {}, summaryChange: Partial<SyncSummary> = {}): SyncView {
  return {
    summary: { ...summary, ...summaryChange },
    activity: { running: false, retryAt: null, failures: 0 },
    progress: null,
    syncNow: vi.fn(),
    ...change,
  };
}

function renderWithView(ui: ReactElement, value: SyncView | null, language: Language = 'en') {
  return renderWithApp(<SyncViewProvider value={value}>{ui}</SyncViewProvider>, language);
}

function setOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
}

describe('the Sync screen', () => {
  it('shows what is pending, the last success, the clock skew and the newest checkpoint', async () => {
    setOnline(true);
    await renderWithView(<SyncScreen now={() => new Date(NOW)} />, view());
    expect(screen.getByTestId('sync-pending').textContent).toBe('4');
    expect(screen.getByTestId('sync-last-success').textContent).toContain('3 hours ago');
    expect(screen.getByTestId('sync-last-error').textContent).toBe('None');
    expect(screen.getByTestId('sync-clock-skew').textContent).toBe('5 minutes behind HQ’s');
    expect(screen.getByTestId('sync-checkpoint').textContent).toBe('1234 records');
    expect(screen.queryByTestId('sync-offline')).toBeNull();
    expect(screen.queryByTestId('sync-alarm')).toBeNull();
  });

  it('counts the records of the other users of this tablet apart, only when there are some', async () => {
    setOnline(true);
    await renderWithView(<SyncScreen now={() => new Date(NOW)} />, view({}, { otherUsersPending: 3 }));
    expect(screen.getByTestId('sync-other-users-pending').textContent).toBe('3');
  });

  it('starts a sync from the button, and shows a progress bar while it runs', async () => {
    setOnline(true);
    const idle = view();
    const { rerender } = await renderWithView(<SyncScreen />, idle);
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(idle.syncNow).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('sync-progress')).toBeNull();

    const running = view({ activity: { running: true, retryAt: null, failures: 0 }, progress: { phase: 'push', done: 40, total: 100 } });
    rerender(<SyncViewProvider value={running}><SyncScreen /></SyncViewProvider>);
    const bar = screen.getByRole('progressbar', { name: 'Sync progress' });
    expect(bar.getAttribute('value')).toBe('40');
    expect(bar.getAttribute('max')).toBe('100');
    expect(screen.getByTestId('sync-progress').textContent).toContain('Sending to HQ: 40 of 100 records');
    expect((screen.getByRole('button', { name: 'Syncing…' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('says the last error in words, in the user’s language', async () => {
    setOnline(true);
    await renderWithView(<SyncScreen now={() => new Date(NOW)} />, view({}, { lastError: { code: 'receipt-refused', detail: 'root mismatch', at: NOW - 60_000 } }), 'fr');
    expect(screen.getByTestId('sync-last-error').textContent).toContain('Le reçu du siège ne prouve pas que les enregistrements sont dans son journal.');
  });

  it('lists refused records with their reasons', async () => {
    setOnline(true);
    const rejected = [{ entryId: 'ab', seq: 7, code: 'key.not-valid', reason: 'revoked', at: NOW }];
    await renderWithView(<SyncScreen />, view({}, { rejected }));
    expect(screen.getByTestId('sync-rejected').textContent).toContain('Record 7: the key that signed it was not valid at that time (revoked or expired).');
  });

  it('shows the alarm when HQ’s log did not extend the one this device saw', async () => {
    setOnline(true);
    await renderWithView(<SyncScreen />, view({}, { alarm: { code: 'log-not-extended', detail: 'consistency from 3 to 5: root mismatch', at: NOW } }));
    expect(screen.getByRole('alert').textContent).toContain('HQ’s log does not extend the one this device saw');
  });

  it('offline, says what is waiting to sync', async () => {
    setOnline(false);
    await renderWithView(<SyncScreen />, view());
    expect(screen.getByTestId('sync-offline').textContent).toBe('This device is offline. 4 records are waiting; they go to HQ as soon as it is back online.');
  });

  it('without a device key in the session, explains when sync runs', async () => {
    await renderWithView(<SyncScreen />, null);
    expect(screen.queryByRole('button', { name: 'Sync now' })).toBeNull();
    expect(screen.getByText(/Sync runs while a field user/)).toBeTruthy();
  });
});

describe('the header’s sync indicator', () => {
  it.each([
    [view(), 'To sync: 4', 'sync-status--pending'],
    [view({}, { pending: 0 }), 'Synced', 'sync-status--upToDate'],
    // Not "Synced" while another user's records wait on this tablet for them to sign in.
    [view({}, { pending: 0, otherUsersPending: 2 }), 'Other users’ records to send: 2', 'sync-status--othersPending'],
    [view({ activity: { running: true, retryAt: null, failures: 0 } }), 'Syncing… (4)', 'sync-status--syncing'],
    [view({}, { lastError: { code: 'network', detail: 'down', at: NOW } }), 'Sync failed', 'sync-status--error'],
    [view({ activity: { running: true, retryAt: null, failures: 0 } }, { alarm: { code: 'log-not-extended', detail: '', at: NOW } }), 'Sync alarm', 'sync-status--alarm'],
  ])('shows the state and links to the Sync screen (%#)', async (value, text, className) => {
    await renderWithView(<SyncStatus />, value);
    const link = screen.getByTestId('sync-status');
    expect(link.textContent).toBe(text);
    expect(link.className).toContain(className);
    expect(link.getAttribute('href')).toBe('#/sync');
  });

  it('is hidden when nothing syncs', async () => {
    await renderWithView(<SyncStatus />, null);
    expect(screen.queryByTestId('sync-status')).toBeNull();
  });
});
