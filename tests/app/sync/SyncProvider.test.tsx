import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import SyncScreen from '../../../src/app/screens/sync/SyncScreen.tsx';
import { SyncStatus } from '../../../src/app/shell/SyncStatus.tsx';
import { SyncProvider } from '../../../src/app/sync/SyncProvider.tsx';
import type { SyncRunResult } from '../../../src/app/sync/run-sync.ts';
import type { SyncProgress } from '../../../src/app/sync/sync-context.ts';
import { SyncProblem } from '../../../src/app/sync/sync-problem.ts';
import { updateSyncState } from '../../../src/app/sync/sync-state.ts';
import type { HornbillDb } from '../../../src/app/db/database.ts';
import { renderWithApp } from '../renderWithApp.tsx';
import { signedInAs } from '../signed-in-session.ts';

// The engine is replaced at its lazy-loading seam: each run waits for the test to finish it.
const runs: { finish: (result: SyncRunResult) => void; progress: (progress: SyncProgress) => void; db: HornbillDb; signal: AbortSignal | undefined }[] = [];
vi.mock('../../../src/app/sync/sync-run-for-user.ts', () => ({
  runSyncForUser: (db: HornbillDb, _fetch: unknown, _user: unknown, onProgress: (progress: SyncProgress) => void, signal?: AbortSignal) =>
    new Promise<SyncRunResult>((resolve) => runs.push({ finish: resolve, progress: onProgress, db, signal })),
}));

afterEach(() => {
  runs.length = 0;
});

function app() {
  return (
    <SyncProvider>
      <SyncStatus />
      <SyncScreen />
    </SyncProvider>
  );
}

describe('SyncProvider', () => {
  it('syncs when a user with a device key is signed in, shows progress, then the result', async () => {
    await renderWithApp(app(), 'en', undefined, signedInAs(['officer']));
    await waitFor(() => expect(runs).toHaveLength(1));
    expect(screen.getByTestId('sync-status').textContent).toContain('Syncing…');
    runs[0]?.progress({ phase: 'push', done: 1, total: 2 });
    expect(await screen.findByText('Sending to HQ: 1 of 2 records')).toBeTruthy();

    const at = Date.UTC(2026, 10, 26, 9, 0);
    await updateSyncState(runs[0]?.db as HornbillDb, { lastSuccessAt: at });
    runs[0]?.finish({ ok: true, pushed: 2, pulled: 0, refused: [] });
    await waitFor(() => expect(screen.getByTestId('sync-status').textContent).toBe('Synced'));
    expect(screen.queryByTestId('sync-progress')).toBeNull();
    // The summary follows the database live.
    await waitFor(() => expect(screen.getByTestId('sync-last-success').textContent).toContain('2026'));
  });

  it('runs again from the Sync button, and a second press during the run joins it', async () => {
    await renderWithApp(app(), 'en', undefined, signedInAs(['officer']));
    await waitFor(() => expect(runs).toHaveLength(1));
    runs[0]?.finish({ ok: true, pushed: 0, pulled: 0, refused: [] });
    const button = await screen.findByRole('button', { name: 'Sync now' });
    fireEvent.click(button);
    await waitFor(() => expect(runs).toHaveLength(2));
    fireEvent.click(screen.getByRole('button', { name: 'Syncing…' }));
    window.dispatchEvent(new Event('online'));
    runs[1]?.finish({ ok: true, pushed: 0, pulled: 0, refused: [] });
    await screen.findByRole('button', { name: 'Sync now' });
    expect(runs).toHaveLength(2);
  });

  it('stops the run under way when the user signs out, and a new sign-in\'s run waits for it to end', async () => {
    const first = await renderWithApp(app(), 'en', undefined, signedInAs(['officer']));
    await waitFor(() => expect(runs).toHaveLength(1));
    expect(runs[0]?.signal?.aborted).toBe(false);
    first.unmount();
    expect(runs[0]?.signal?.aborted).toBe(true);

    await renderWithApp(app(), 'en', undefined, signedInAs(['officer']));
    // One macrotask: an unqueued run would have started by then (the engine module is loaded already).
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    expect(runs).toHaveLength(1);
    runs[0]?.finish({ ok: false, problem: new SyncProblem('stopped', 'the user signed out') });
    await waitFor(() => expect(runs).toHaveLength(2));
    expect(runs[1]?.signal?.aborted).toBe(false);
    runs[1]?.finish({ ok: true, pushed: 0, pulled: 0, refused: [] });
  });

  it('does nothing for a user without a device key', async () => {
    const admin = signedInAs(['admin']);
    const session = admin.kind === 'signed-in' ? { ...admin, user: { ...admin.user, device: null } } : admin;
    await renderWithApp(app(), 'en', undefined, session);
    expect(screen.getByText(/Sync runs while a field user/)).toBeTruthy();
    expect(screen.queryByTestId('sync-status')).toBeNull();
    expect(runs).toHaveLength(0);
  });
});
