import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import AdminScreen from '../../../../src/app/screens/admin/AdminScreen.tsx';
import { renderWithApp } from '../../renderWithApp.tsx';
import { adminSession, fakeHq, refusal } from './hq-fetch.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

const alertId = '33333333-3333-4333-8333-333333333333';
const openAlert = {
  id: alertId,
  kind: 'double-endorsement',
  subject: 'p-1',
  permit: { id: 'p-1', number: 'KE/2026/000017' },
  device: 'Q7K',
  entryId: null,
  detail: 'endorsed at Namanga and at Busia',
  raisedAt: '2026-03-02T10:00:00.000Z',
  acknowledged: null,
};
const clockAlert = {
  ...openAlert,
  id: '44444444-4444-4444-8444-444444444444',
  kind: 'clock-skew',
  subject: 'T3F',
  permit: null,
  device: 'T3F',
  detail: 'clock 20 minutes behind',
  acknowledged: { at: '2026-03-02T11:00:00.000Z', by: { id: 'u-9', displayName: 'Chief Warden' } },
};
const alertsPath = '/api/v1/hq/alerts?limit=50&offset=0';

describe('the HQ alerts screen', () => {
  it('lists alerts with what they are about, and acknowledges one, then shows HQ’s new list', async () => {
    let acknowledged = false;
    const requests = fakeHq({
      'GET /api/v1/session': adminSession,
      [`GET ${alertsPath}`]: () => ({
        json: { alerts: acknowledged ? [clockAlert, { ...openAlert, acknowledged: { at: '2026-03-02T12:00:00.000Z', by: { id: 'u-1', displayName: 'Name of chief' } } }] : [openAlert, clockAlert], nextOffset: null },
      }),
      [`POST /api/v1/hq/alerts/${alertId}/acknowledge`]: () => {
        acknowledged = true;
        // HQ answers 204; the fake's Response cannot carry a 204 with a body, and the screen reads neither.
        return { json: {} };
      },
    });
    await renderWithApp(<AdminScreen section="alerts" />);
    const row = await screen.findByTestId(`alert-${alertId}`);
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent).slice(0, 4)).toEqual([
      'Permit endorsed twice', 'Permit KE/2026/000017', 'endorsed at Namanga and at Busia', 'Mar 2, 2026, 10:00 AM',
    ]);
    expect(within(screen.getByTestId(`alert-${clockAlert.id}`)).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'Device clock off', 'Device T3F', 'clock 20 minutes behind', 'Mar 2, 2026, 10:00 AM', 'Acknowledged by Chief Warden, Mar 2, 2026, 11:00 AM',
    ]);

    fireEvent.click(within(row).getByRole('button', { name: 'Acknowledge the alert: Permit endorsed twice' }));
    await screen.findByText('The alert is acknowledged.');
    await screen.findByText('Acknowledged by Name of chief, Mar 2, 2026, 12:00 PM');
    expect(requests.filter((request) => request.method === 'POST').map((request) => request.path)).toEqual([`/api/v1/hq/alerts/${alertId}/acknowledge`]);
    expect(screen.queryByRole('button', { name: /Acknowledge the alert/ })).toBeNull();
  });

  it('shows HQ’s refusal when acknowledging fails, keeping the button', async () => {
    fakeHq({
      'GET /api/v1/session': adminSession,
      [`GET ${alertsPath}`]: { json: { alerts: [openAlert], nextOffset: null } },
      [`POST /api/v1/hq/alerts/${alertId}/acknowledge`]: 'network-error',
    });
    await renderWithApp(<AdminScreen section="alerts" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Acknowledge the alert: Permit endorsed twice' }));
    expect((await screen.findByRole('alert')).textContent).toContain('HQ cannot be reached');
    expect(screen.getByRole('button', { name: 'Acknowledge the alert: Permit endorsed twice' })).toBeTruthy();
  });

  it('says when there is no alert', async () => {
    fakeHq({ 'GET /api/v1/session': adminSession, [`GET ${alertsPath}`]: { json: { alerts: [], nextOffset: null } } });
    await renderWithApp(<AdminScreen section="alerts" />);
    await screen.findByText('No alert has been raised.');
  });

  it('shows a refusal from HQ', async () => {
    fakeHq({ 'GET /api/v1/session': adminSession, [`GET ${alertsPath}`]: refusal(403, 'forbidden') });
    await renderWithApp(<AdminScreen section="alerts" />);
    await screen.findByRole('alert');
  });
});
