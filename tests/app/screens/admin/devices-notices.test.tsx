import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import AdminScreen from '../../../../src/app/screens/admin/AdminScreen.tsx';
import { renderWithApp } from '../../renderWithApp.tsx';
import { adminSession, fakeHq, refusal } from './hq-fetch.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

const tablet = {
  id: '11111111-1111-4111-8111-111111111111',
  code: 'T3F',
  user: { id: 'u-1', username: 'amina' },
  label: 'Field tablet',
  enrolledAt: '2026-03-01T08:00:00.000Z',
  lastSeenAt: null,
  revokedAt: null,
  revocationReason: null,
};

describe('the devices screen', () => {
  it('lists devices and reports one lost after a confirmation with the reason', async () => {
    const requests = fakeHq({
      'GET /api/v1/session': adminSession,
      'GET /api/v1/devices': { json: { devices: [tablet] } },
      'GET /api/v1/hq/devices': { json: { devices: [] } },
      [`POST /api/v1/devices/${tablet.id}/lost`]: { json: { trustListVersion: 5, noticeId: 'n-2' } },
    });
    await renderWithApp(<AdminScreen section="devices" />);
    const row = await screen.findByTestId('device-T3F');
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent).slice(0, 6)).toEqual(['amina', 'T3F', 'Field tablet', 'Mar 1, 2026, 8:00 AM', '—', 'No']);
    fireEvent.click(within(row).getByRole('button', { name: 'Report device T3F lost' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('signed notice is sent to the CITES Secretariat');
    fireEvent.change(within(dialog).getByLabelText(/Reason/), { target: { value: 'stolen at the border post' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Revoke the device' }));
    await screen.findByText('Device T3F is revoked. Trust list version 5 is published.');
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ reason: 'stolen at the border post' });
  });

  it('keeps the dialog open with the refusal when HQ cannot sign', async () => {
    fakeHq({
      'GET /api/v1/session': adminSession,
      'GET /api/v1/devices': { json: { devices: [tablet] } },
      'GET /api/v1/hq/devices': { json: { devices: [] } },
      [`POST /api/v1/devices/${tablet.id}/lost`]: refusal(503, 'root_key_locked'),
    });
    await renderWithApp(<AdminScreen section="devices" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Report device T3F lost' }));
    fireEvent.change(screen.getByLabelText(/Reason/), { target: { value: 'lost' } });
    fireEvent.click(screen.getByRole('button', { name: 'Revoke the device' }));
    expect((await screen.findByRole('alert')).textContent).toContain('HQ runs without its root key');
    expect(screen.getByRole('alertdialog')).toBeTruthy();
  });
});

describe('the Secretariat notices screen', () => {
  it('lists the outbox with subject, delivery and attempts, each with its signed file', async () => {
    const id = '22222222-2222-4222-8222-222222222222';
    fakeHq({
      'GET /api/v1/session': adminSession,
      'GET /api/v1/notices': {
        json: {
          notices: [
            { id, kind: 'device-revoked', createdAt: '2026-03-02T10:00:00.000Z', subject: { username: 'amina', deviceCode: 'T3F' }, deliveredAt: null, attempts: 2, lastError: 'timeout', nextAttemptAt: null },
          ],
        },
      },
    });
    await renderWithApp(<AdminScreen section="notices" />);
    const row = await screen.findByTestId(`notice-${id}`);
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent).slice(0, 5)).toEqual(['Device revoked', 'device T3F of amina', 'Mar 2, 2026, 10:00 AM', 'Not yetLast attempt failed: timeout', '2']);
    const download = within(row).getByRole('link', { name: 'Download the signed notice' });
    expect(download.getAttribute('href')).toBe(`/api/v1/notices/${id}`);
    expect(download.getAttribute('download')).toBe(`notice-${id}.cose`);
  });
});
