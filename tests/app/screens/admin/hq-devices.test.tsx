import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import AdminScreen from '../../../../src/app/screens/admin/AdminScreen.tsx';
import { renderWithApp } from '../../renderWithApp.tsx';
import { adminSession, fakeHq, refusal } from './hq-fetch.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

const device = (id: string, code: string) => ({
  id,
  code,
  user: { id: 'u-1', username: 'amina' },
  label: null,
  enrolledAt: '2026-03-01T08:00:00.000Z',
  lastSeenAt: null,
  revokedAt: null,
  revocationReason: null,
});
const synced = device('11111111-1111-4111-8111-111111111111', 'T3F');
const ahead = device('22222222-2222-4222-8222-222222222222', 'Q7K');
const never = device('33333333-3333-4333-8333-333333333333', 'Z2M');
const syncCells = (code: string) => within(screen.getByTestId(`device-${code}`)).getAllByRole('cell').map((cell) => cell.textContent).slice(6, 9);

describe('the devices screen’s sync columns', () => {
  it('shows each device’s last sync, entries waiting for HQ and clock skew as HQ last saw them', async () => {
    fakeHq({
      'GET /api/v1/session': adminSession,
      'GET /api/v1/devices': { json: { devices: [synced, ahead, never] } },
      'GET /api/v1/hq/devices': {
        json: {
          devices: [
            { id: synced.id, lastSyncAt: '2026-03-02T10:00:00.000Z', pending: 0, clockSkewMs: -4_000 },
            { id: ahead.id, lastSyncAt: '2026-03-02T11:00:00.000Z', pending: 12, clockSkewMs: 20 * 60_000 },
            { id: never.id, lastSyncAt: null, pending: null, clockSkewMs: null },
          ],
        },
      },
    });
    await renderWithApp(<AdminScreen section="devices" />);
    await screen.findByTestId('device-T3F');
    await screen.findByText('20 min ahead');
    expect(syncCells('T3F')).toEqual(['Mar 2, 2026, 10:00 AM', '0', 'In time']);
    expect(syncCells('Q7K')).toEqual(['Mar 2, 2026, 11:00 AM', '12', '20 min ahead']);
    expect(syncCells('Z2M')).toEqual(['Never', '—', '—']);
  });

  it('still lists the devices when HQ cannot give their sync state, and says so', async () => {
    fakeHq({
      'GET /api/v1/session': adminSession,
      'GET /api/v1/devices': { json: { devices: [synced] } },
      'GET /api/v1/hq/devices': refusal(500, 'internal'),
    });
    await renderWithApp(<AdminScreen section="devices" />);
    await screen.findByText('HQ could not say how the devices sync; the list is shown without it.');
    expect(syncCells('T3F')).toEqual(['Never', '—', '—']);
  });
});
