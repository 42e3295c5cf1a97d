import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import AdminScreen from '../../../../src/app/screens/admin/AdminScreen.tsx';
import { renderWithApp } from '../../renderWithApp.tsx';
import { adminSession, fakeHq, refusal } from './hq-fetch.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

const shareId = '55555555-5555-4555-8555-555555555555';
const share = {
  id: shareId,
  device: 'T3F',
  taxonId: 4595,
  scientificName: 'Balearica regulorum',
  year: 2026,
  amount: 12.5,
  unit: null as string | null,
  setAt: '2026-03-02T10:00:00.000Z',
  setBy: { id: 'u-1', displayName: 'Name of chief' },
};
const device = (code: string, revokedAt: string | null = null) => ({
  id: `device-${code}`, code, label: null, user: { id: 'u-2', displayName: `Officer of ${code}` }, enrolledAt: '2026-03-01T08:00:00.000Z',
  lastSyncAt: null, pending: null, clockSkewMs: null, entriesHeld: 0, revokedAt,
});
const devices = { json: { devices: [device('T3F'), device('K7P'), device('M2X', '2026-03-02T00:00:00.000Z')] } };

async function fillForm(taxon: string) {
  const form = await screen.findByRole('form', { name: 'Set a share' });
  fireEvent.change(within(form).getByLabelText('Device'), { target: { value: 'K7P' } });
  fireEvent.change(within(form).getByLabelText('Taxon (checklist id or scientific name)'), { target: { value: taxon } });
  fireEvent.change(within(form).getByLabelText('Quota year'), { target: { value: '2026' } });
  fireEvent.change(within(form).getByLabelText('Share of the quota'), { target: { value: '2.5' } });
  fireEvent.change(within(form).getByLabelText('Unit'), { target: { value: 'KGM' } });
  return form;
}

describe('the HQ quota shares screen', () => {
  it('lists the shares, sets one for a device and a taxon found by name, and removes one, then shows HQ’s new list', async () => {
    let held = [share];
    const requests = fakeHq({
      'GET /api/v1/session': adminSession,
      'GET /api/v1/hq/devices': devices,
      'GET /api/v1/hq/quota-shares': () => ({ json: { shares: held } }),
      'PUT /api/v1/hq/quota-shares': (body) => {
        const added = { ...share, id: '66666666-6666-4666-8666-666666666666', device: 'K7P', taxonId: 1612, scientificName: 'Panthera', amount: 2.5, unit: 'KGM' };
        expect(body).toEqual({ device: 'K7P', taxonId: 1612, year: 2026, amount: 2.5, unit: 'KGM' });
        held = [...held, added];
        return { json: { share: added } };
      },
      [`DELETE /api/v1/hq/quota-shares/${shareId}`]: () => {
        held = held.filter((candidate) => candidate.id !== shareId);
        return { json: {} };
      },
    });
    await renderWithApp(<AdminScreen section="quota-shares" />);
    const row = await screen.findByTestId(`quota-share-${shareId}`);
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent).slice(0, 5)).toEqual(['T3F', 'Balearica regulorum (4595)', '2026', '12.5', 'Number of specimens']);

    const form = await fillForm('panthera');
    // A revoked device is not offered.
    expect(within(within(form).getByLabelText('Device')).queryByRole('option', { name: /M2X/ })).toBeNull();
    await within(form).findByText('Checklist taxon: Panthera (id 1612)');
    fireEvent.click(within(form).getByRole('button', { name: 'Set the share' }));
    await screen.findByText('The share of Panthera for K7P is set. The device receives it at its next sync.');
    await screen.findByTestId('quota-share-66666666-6666-4666-8666-666666666666');

    fireEvent.click(within(row).getByRole('button', { name: 'Remove the share of Balearica regulorum for T3F (2026)' }));
    await screen.findByText('The share is removed. The device drops it at its next sync.');
    await waitFor(() => expect(screen.queryByTestId(`quota-share-${shareId}`)).toBeNull());
    expect(requests.map((request) => `${request.method} ${request.path}`)).toContain(`DELETE /api/v1/hq/quota-shares/${shareId}`);
  });

  it('does not send a taxon the checklist does not list, and words HQ’s refusal of an unknown device', async () => {
    const requests = fakeHq({
      'GET /api/v1/session': adminSession,
      'GET /api/v1/hq/devices': devices,
      'GET /api/v1/hq/quota-shares': { json: { shares: [] } },
      'PUT /api/v1/hq/quota-shares': refusal(422, 'unknown_device', 'no device is enrolled with code K7P'),
    });
    await renderWithApp(<AdminScreen section="quota-shares" />, 'fr');
    await screen.findByText('Aucun appareil ne détient encore de part de quota.');
    const form = await screen.findByRole('form', { name: 'Fixer une part' });
    fireEvent.change(within(form).getByLabelText('Appareil'), { target: { value: 'K7P' } });
    fireEvent.change(within(form).getByLabelText('Taxon (identifiant de la liste ou nom scientifique)'), { target: { value: 'Nonexistentia' } });
    await within(form).findByText('La liste ne contient pas ce taxon.');
    expect((within(form).getByRole('button', { name: 'Fixer la part' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.change(within(form).getByLabelText('Taxon (identifiant de la liste ou nom scientifique)'), { target: { value: '1612' } });
    fireEvent.change(within(form).getByLabelText('Part du quota'), { target: { value: '3' } });
    await within(form).findByText('Taxon de la liste : Panthera (identifiant 1612)');
    fireEvent.click(within(form).getByRole('button', { name: 'Fixer la part' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Le siège n’a aucun appareil enregistré sous ce code.');
    expect(requests.filter((request) => request.method === 'PUT')).toHaveLength(1);
  });
});
