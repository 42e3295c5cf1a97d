import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { ed25519PublicKey, generateEd25519Seed } from '../../../../src/core/crypto/ed25519.ts';
import { rootKeyFingerprint } from '../../../../src/core/trust/fingerprint.ts';
import { signTrustList } from '../../../../src/core/trust/trust-list.ts';
import AdminScreen from '../../../../src/app/screens/admin/AdminScreen.tsx';
import { renderWithApp } from '../../renderWithApp.tsx';
import { adminSession, fakeHq, refusal } from './hq-fetch.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

const preview = {
  party: 'TZ',
  version: 4,
  issuedAt: '2026-02-01T00:00:00.000Z',
  certificates: 12,
  revocations: 1,
  rootKeyFingerprint: '3F2A 09C1 0000 1111 2222 3333 4444 5555 6666 7777 8888 9999 AAAA BBBB CCCC DDDD',
};

async function ownTrustList() {
  const seed = generateEd25519Seed();
  const bytes = await signTrustList(seed, { party: 'KE', version: 3, issuedAt: Date.parse('2026-03-01T08:00:00Z'), certificates: [], revocations: [] });
  return { bytes, fingerprint: rootKeyFingerprint(await ed25519PublicKey(seed)) };
}

function chooseFile() {
  const file = new File([new Uint8Array([0xd2, 0x84, 0x01])], 'TZ.cbor', { type: 'application/cbor' });
  fireEvent.change(screen.getByLabelText('Trust list file (.cbor)'), { target: { files: [file] } });
}

describe('the trust lists screen', () => {
  it('shows the authority’s own list, verified here, with the signed file to download', async () => {
    const own = await ownTrustList();
    fakeHq({ 'GET /api/v1/session': adminSession, 'GET /api/v1/trust-list': { bytes: own.bytes }, 'GET /api/v1/trust-lists/foreign': { json: { trustLists: [] } } });
    await renderWithApp(<AdminScreen section="trust-lists" />);
    const card = await screen.findByTestId('own-trust-list');
    await within(card).findByText(own.fingerprint);
    expect(within(card).getByText('3')).toBeTruthy();
    const download = within(card).getByRole('link', { name: 'Download the signed trust list' });
    expect(download.getAttribute('href')).toBe('/api/v1/trust-list');
    expect(download.getAttribute('download')).toBe('KE-trust-list-v3.cbor');
    await screen.findByText('No other Party’s trust list has been imported yet.');
  });

  it('imports another Party’s list only after the fingerprint is shown and confirmed as compared', async () => {
    const own = await ownTrustList();
    const requests = fakeHq({
      'GET /api/v1/session': adminSession,
      'GET /api/v1/trust-list': { bytes: own.bytes },
      'GET /api/v1/trust-lists/foreign': { json: { trustLists: [] } },
      'POST /api/v1/trust-lists/foreign/preview': { json: preview },
      'POST /api/v1/trust-lists/foreign': { status: 201, json: preview },
    });
    await renderWithApp(<AdminScreen section="trust-lists" />);
    await screen.findByLabelText('Trust list file (.cbor)');
    chooseFile();
    const shown = await screen.findByTestId('foreign-preview');
    expect(within(shown).getByTestId('fingerprint').textContent).toBe(preview.rootKeyFingerprint);
    expect(shown.textContent).toContain('Nothing is stored yet');
    expect(requests.find((request) => request.path.endsWith('/preview'))?.body).toEqual({ signed: '0oQB' });
    const confirm = within(shown).getByRole('button', { name: 'Import the trust list of TZ' });
    expect((confirm as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(within(shown).getByLabelText(/I have compared the fingerprint/));
    fireEvent.click(confirm);
    await screen.findByText('The trust list of TZ, version 4, is stored at HQ.');
    expect(requests.find((request) => request.method === 'POST' && request.path === '/api/v1/trust-lists/foreign')?.body).toEqual({
      signed: '0oQB',
      rootKeyFingerprint: preview.rootKeyFingerprint,
    });
    expect(requests.filter((request) => request.path === '/api/v1/trust-lists/foreign' && request.method === 'GET')).toHaveLength(2);
  });

  it('shows why HQ refused a file, with the verifier’s reason, in the user’s language', async () => {
    const own = await ownTrustList();
    fakeHq({
      'GET /api/v1/session': adminSession,
      'GET /api/v1/trust-list': { bytes: own.bytes },
      'GET /api/v1/trust-lists/foreign': { json: { trustLists: [] } },
      'POST /api/v1/trust-lists/foreign/preview': refusal(400, 'invalid_trust_list', 'trust list: the root key signature does not verify'),
    });
    await renderWithApp(<AdminScreen section="trust-lists" />, 'fr');
    await screen.findByLabelText('Fichier de liste de confiance (.cbor)');
    fireEvent.change(screen.getByLabelText('Fichier de liste de confiance (.cbor)'), { target: { files: [new File([new Uint8Array([1])], 'x.cbor')] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('n’est pas une liste de confiance signée valide');
    expect(alert.textContent).toContain('trust list: the root key signature does not verify');
    expect(screen.queryByTestId('foreign-preview')).toBeNull();
  });
});
