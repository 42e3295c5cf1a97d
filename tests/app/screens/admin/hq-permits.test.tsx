import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import AdminScreen from '../../../../src/app/screens/admin/AdminScreen.tsx';
import { renderWithApp } from '../../renderWithApp.tsx';
import { adminSession, fakeHq, refusal } from './hq-fetch.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

const permitId = '5f1c2b7a-0d3e-4c5b-8a9f-2e0000000001';
const summary = {
  id: permitId,
  number: 'KE/2026/000017',
  status: 'approved',
  documentType: 'export-permit',
  originDevice: 'T3F',
  updatedAt: '2026-03-01T09:00:00.000Z',
  entryCount: 2,
};
const trailEntry = (leafIndex: number, device: string, action: string, role: string, actor: string) => ({
  id: `${leafIndex}`.padStart(64, '0'),
  leafIndex,
  device,
  seq: 0,
  actor,
  actorName: actor === 'amina' ? 'Amina Otieno' : null,
  role,
  action,
  wallTime: '2026-03-01T08:00:00.000Z',
  hlc: { wallMs: 0, counter: 0 },
  receivedAt: '2026-03-01T10:00:00.000Z',
  bodyFields: action === 'drafted' ? ['lineItems'] : [],
});
const firstPage = '/api/v1/hq/permits?limit=50&offset=0';

describe('the HQ permits screen', () => {
  it('lists the permits from every device and asks HQ again with the status and number filters', async () => {
    const requests = fakeHq({
      'GET /api/v1/session': adminSession,
      [`GET ${firstPage}`]: { json: { permits: [summary], nextOffset: null } },
      'GET /api/v1/hq/permits?limit=50&offset=0&status=issued&number=0017': { json: { permits: [], nextOffset: null } },
    });
    await renderWithApp(<AdminScreen section="permits" />);
    const row = await screen.findByTestId(`hq-permit-${permitId}`);
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['KE/2026/000017', 'Approved', 'Export permit', 'T3F', 'Mar 1, 2026, 9:00 AM', '2']);

    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'issued' } });
    fireEvent.change(screen.getByLabelText('Permit number contains'), { target: { value: ' 0017 ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    await screen.findByText('No permit at HQ matches.');
    expect(requests.map((request) => request.path)).toContain('/api/v1/hq/permits?limit=50&offset=0&status=issued&number=0017');
  });

  it('pages forward with the offset HQ gives', async () => {
    const requests = fakeHq({
      'GET /api/v1/session': adminSession,
      [`GET ${firstPage}`]: { json: { permits: [summary], nextOffset: 50 } },
      'GET /api/v1/hq/permits?limit=50&offset=50': { json: { permits: [{ ...summary, id: 'second', number: 'KE/2026/000099' }], nextOffset: null } },
    });
    await renderWithApp(<AdminScreen section="permits" />);
    await screen.findByTestId(`hq-permit-${permitId}`);
    expect((screen.getByRole('button', { name: 'Previous page' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByTestId('hq-permit-second');
    expect(requests.at(-1)?.path).toBe('/api/v1/hq/permits?limit=50&offset=50');
  });

  it('opens a permit with its audit trail merged from two devices, and goes back to the list', async () => {
    fakeHq({
      'GET /api/v1/session': adminSession,
      [`GET ${firstPage}`]: { json: { permits: [summary], nextOffset: null } },
      [`GET /api/v1/hq/permits/${permitId}`]: {
        json: { permit: { ...summary, content: {}, trail: [trailEntry(3, 'T3F', 'drafted', 'officer', 'amina'), trailEntry(1, 'Q7K', 'approved', 'approver', 'baraka')] } },
      },
    });
    await renderWithApp(<AdminScreen section="permits" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open permit KE/2026/000017' }));
    await screen.findByRole('heading', { name: 'Permit KE/2026/000017' });
    const cells = (leaf: number) => within(screen.getByTestId(`trail-${leaf}`)).getAllByRole('cell').map((cell) => cell.textContent);
    // The name HQ knows, else the id.
    expect(cells(3)).toEqual(['Drafted', 'Amina Otieno', 'Officer', 'T3F #0', 'Mar 1, 2026, 8:00 AM', 'Mar 1, 2026, 10:00 AM', '3', 'lineItems']);
    expect(cells(1)).toEqual(['Approved', 'baraka', 'Approver', 'Q7K #0', 'Mar 1, 2026, 8:00 AM', 'Mar 1, 2026, 10:00 AM', '1', '—']);
    fireEvent.click(screen.getByRole('button', { name: 'Back to the permits' }));
    await screen.findByTestId(`hq-permit-${permitId}`);
  });

  it('says so when HQ holds no such permit', async () => {
    fakeHq({
      'GET /api/v1/session': adminSession,
      [`GET ${firstPage}`]: { json: { permits: [summary], nextOffset: null } },
      [`GET /api/v1/hq/permits/${permitId}`]: refusal(404, 'permit_not_found'),
    });
    await renderWithApp(<AdminScreen section="permits" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open permit KE/2026/000017' }));
    expect((await screen.findByRole('alert')).textContent).toBe('HQ holds no such permit: it may not have been synced yet.');
  });

  it('says HQ cannot be reached when the connection drops', async () => {
    fakeHq({ 'GET /api/v1/session': adminSession, [`GET ${firstPage}`]: 'network-error' });
    await renderWithApp(<AdminScreen section="permits" />);
    expect((await screen.findByRole('alert')).textContent).toContain('HQ cannot be reached');
  });
});
