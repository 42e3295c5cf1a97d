import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import AdminScreen from '../../../../src/app/screens/admin/AdminScreen.tsx';
import { renderWithApp } from '../../renderWithApp.tsx';
import { adminSession, fakeHq, hqUser, refusal } from './hq-fetch.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const njeri = hqUser('njeri', ['approver', 'officer'], { displayName: 'Njeri Mwangi', office: 'Mombasa' });
const gone = hqUser('gone', ['inspector'], { removedAt: '2026-03-02T09:00:00.000Z', removalReason: 'retired' });
const chief = adminSession.json.user;

function field(name: string): HTMLElement {
  return screen.getByLabelText(name);
}

describe('the users screen', () => {
  it('lists users with name, username, roles, office, created and removed', async () => {
    fakeHq({ 'GET /api/v1/session': adminSession, 'GET /api/v1/users': { json: { users: [chief, gone, njeri] } } });
    await renderWithApp(<AdminScreen section="users" />);
    const row = await screen.findByTestId('user-njeri');
    const cells = within(row).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells.slice(0, 6)).toEqual(['Njeri Mwangi', 'njeri', 'Approver, Officer', 'Mombasa', 'Mar 1, 2026, 8:00 AM', '—']);
    expect(within(screen.getByTestId('user-gone')).getByText(/retired/)).toBeTruthy();
    expect(within(screen.getByTestId('user-gone')).queryByRole('button')).toBeNull();
    // An admin cannot remove themselves.
    expect(within(screen.getByTestId('user-chief')).queryByRole('button', { name: 'Remove chief' })).toBeNull();
  });

  it('creates a user and shows the one-time password once, with a copy button and a warning', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    onTestFinished(() => {
      Reflect.deleteProperty(navigator, 'clipboard');
    });
    const requests = fakeHq({
      'GET /api/v1/session': adminSession,
      'GET /api/v1/users': { json: { users: [chief] } },
      'POST /api/v1/users': { status: 201, json: { user: njeri, oneTimePassword: 'abcde-fghij-kmnpq-rstuv' } },
    });
    await renderWithApp(<AdminScreen section="users" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add a user' }));
    fireEvent.change(field('Name'), { target: { value: ' Njeri Mwangi ' } });
    fireEvent.change(field('Username'), { target: { value: 'njeri' } });
    fireEvent.click(screen.getByLabelText('Officer'));
    fireEvent.click(screen.getByLabelText('Approver'));
    fireEvent.change(field('Office'), { target: { value: 'Mombasa' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add the user' }));

    expect((await screen.findByTestId('one-time-password')).textContent).toBe('abcde-fghij-kmnpq-rstuv');
    expect(screen.getByText(/it is shown only this once/)).toBeTruthy();
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({
      username: 'njeri',
      displayName: 'Njeri Mwangi',
      roles: ['officer', 'approver'],
      office: 'Mombasa',
    });
    fireEvent.click(screen.getByRole('button', { name: 'Copy the password' }));
    await screen.findByText('Copied.');
    expect(writeText).toHaveBeenCalledWith('abcde-fghij-kmnpq-rstuv');
    fireEvent.click(screen.getByRole('button', { name: 'I have noted it' }));
    expect(screen.queryByTestId('one-time-password')).toBeNull();
  });

  it('removes a user only after the confirmation that explains what removal does, with the reason', async () => {
    const requests = fakeHq({
      'GET /api/v1/session': adminSession,
      'GET /api/v1/users': { json: { users: [chief, njeri] } },
      [`DELETE /api/v1/users/${njeri.id}`]: { json: { user: njeri, revokedKids: [], trustListVersion: 7, noticeId: 'n-1' } },
    });
    await renderWithApp(<AdminScreen section="users" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove njeri' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Remove Njeri Mwangi (njeri)?' });
    expect(dialog.textContent).toContain('revokes the keys of all their devices');
    expect(dialog.textContent).toContain('ends their sessions');
    expect(dialog.textContent).toContain('signed notice to the CITES Secretariat');
    const confirm = within(dialog).getByRole('button', { name: 'Remove the user' });
    expect((confirm as HTMLButtonElement).disabled).toBe(true);
    expect(requests.some((request) => request.method === 'DELETE')).toBe(false);

    fireEvent.change(within(dialog).getByLabelText(/Reason/), { target: { value: 'left the service' } });
    fireEvent.click(confirm);
    await screen.findByText('njeri is removed. Trust list version 7 is published and the notice to the CITES Secretariat is queued.');
    expect(requests.find((request) => request.method === 'DELETE')?.body).toEqual({ reason: 'left the service' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('edits name, roles and office; an emptied office is sent as none', async () => {
    const requests = fakeHq({
      'GET /api/v1/session': adminSession,
      'GET /api/v1/users': { json: { users: [chief, njeri] } },
      [`PATCH /api/v1/users/${njeri.id}`]: { json: { user: njeri } },
    });
    await renderWithApp(<AdminScreen section="users" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit njeri' }));
    expect(screen.queryByLabelText('Username')).toBeNull();
    fireEvent.change(field('Name'), { target: { value: 'Njeri W. Mwangi' } });
    fireEvent.click(screen.getByLabelText('Approver'));
    fireEvent.change(field('Office'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the changes' }));
    await screen.findByText('The changes to njeri are saved.');
    expect(requests.find((request) => request.method === 'PATCH')?.body).toEqual({ displayName: 'Njeri W. Mwangi', roles: ['officer'], office: null });
  });

  it('shows HQ’s refusals in the user’s language, and an unknown code as a generic message with the code', async () => {
    let answer = refusal(409, 'username_taken', "the username 'njeri' is taken");
    fakeHq({ 'GET /api/v1/session': adminSession, 'GET /api/v1/users': { json: { users: [chief] } }, 'POST /api/v1/users': () => answer });
    await renderWithApp(<AdminScreen section="users" />, 'es');
    fireEvent.click(await screen.findByRole('button', { name: 'Añadir un usuario' }));
    fireEvent.change(field('Nombre'), { target: { value: 'Njeri' } });
    fireEvent.change(field('Nombre de usuario'), { target: { value: 'njeri' } });
    fireEvent.click(screen.getByLabelText('Funcionario'));
    fireEvent.click(screen.getByRole('button', { name: 'Añadir el usuario' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Este nombre de usuario ya existe. Elija otro.');

    answer = refusal(500, 'disk_on_fire');
    fireEvent.click(screen.getByRole('button', { name: 'Añadir el usuario' }));
    await screen.findByText('La sede rechazó la solicitud (código de error: disk_on_fire).');
  });

  it('offers to sign in again when the HQ session ended on the way', async () => {
    fakeHq({ 'GET /api/v1/session': adminSession, 'GET /api/v1/users': refusal(401, 'invalid_session', 'session expired') });
    await renderWithApp(<AdminScreen section="users" />);
    expect((await screen.findByRole('alert')).textContent).toContain('Your session at HQ has ended. Sign in again.');
    expect(screen.getByRole('link', { name: 'Go to sign-in' }).getAttribute('href')).toBe('#/signin');
  });

  it('says so when the list cannot be loaded because the connection dropped', async () => {
    fakeHq({ 'GET /api/v1/session': adminSession, 'GET /api/v1/users': 'network-error' });
    await renderWithApp(<AdminScreen section="users" />, 'fr');
    expect((await screen.findByRole('alert')).textContent).toContain('Le siège est injoignable');
  });
});
