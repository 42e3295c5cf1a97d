import { beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { openHornbillDb } from '../../../src/app/db/database.ts';
import { StorageFullError } from '../../../src/app/db/storage-full.ts';
import type { DeviceVerification } from '../../../src/app/inspect/verify-on-device.ts';
import { VerdictPanel } from '../../../src/app/screens/inspect/VerdictPanel.tsx';
import type { Role } from '../../../src/core/permit/transition-roles.ts';
import type { PermitClaims } from '../../../src/core/qr/permit-claims.ts';
import type { PermitQrVerdictKind } from '../../../src/core/qr/verify-permit-qr.ts';
import type { VerificationReason } from '../../../src/core/qr/verify-reason.ts';
import { renderWithApp } from '../renderWithApp.tsx';
import { signedInAs, testUserId } from '../signed-in-session.ts';

// Signing and the verdict run for real under Node (tests/app/log/record-endorsement.test.ts,
// tests/app/inspect); here the form, with the log and the verifier replaced.
const mocks = vi.hoisted(() => ({ recordEndorsement: vi.fn(), actingIdentityFor: vi.fn(), verifyOnDevice: vi.fn() }));
vi.mock('../../../src/app/log/record-endorsement.ts', () => ({ recordEndorsement: mocks.recordEndorsement }));
vi.mock('../../../src/app/log/acting-identity.ts', () => ({ actingIdentityFor: mocks.actingIdentityFor }));
vi.mock('../../../src/app/inspect/verify-on-device.ts', () => ({ verifyOnDevice: mocks.verifyOnDevice }));

const NOW = Date.UTC(2026, 10, 24, 10);
const TODAY = '2026-11-24';
const claims = {
  permitId: '3f0c6a8e-2b1d-4c7a-9e5f-1a2b3c4d5e6f', number: 'KE26-T3F-00042-K', document: { type: 'export-permit' }, issuingParty: 'KE',
  issueDate: '2026-11-20', validUntil: '2027-05-20', importer: { name: 'Zoo de Lyon', country: 'FR' }, exporter: { name: 'Nairobi Reptile Farm', country: 'KE' },
  purpose: 'Z', securityStamp: null,
  lineItems: [
    { taxonId: 1, scientificName: 'Python sebae', appendix: 'II', source: 'C', term: 'LIV', quantity: 2, unit: null },
    { taxonId: 2, scientificName: 'Aloe ferox', appendix: 'II', source: 'W', term: 'EXT', quantity: 250, unit: 'KGM' },
  ],
} as unknown as PermitClaims;
const identity = { userId: testUserId, role: 'inspector', deviceId: 'device-1', deviceCode: 'T3F', kid: new Uint8Array(8), seed: new Uint8Array(32) };
const account = {
  userId: testUserId, username: testUserId, displayName: 'Test', roles: ['inspector' as const], party: 'KE', authorityName: 'KWS',
  deviceId: 'device-1', deviceCode: 'T3F', wrappedKey: { v: 1 as const, kdf: 'PBKDF2-SHA256' as const, iterations: 600_000, salt: '', iv: '', ciphertext: '' },
  certificates: [], rootPublicKey: '', autoLockMinutes: 15, failedAttempts: { count: 0, lastAt: 0 }, enrolledAt: new Date(NOW).toISOString(),
};
const alreadyEndorsed: VerificationReason = {
  code: 'status.endorsed', severity: 'error',
  message: { en: 'This permit was already endorsed on 2026-11-24 10:00 UTC at Mombasa by Test (device T3F).', fr: 'Déjà visé à Mombasa.', es: 'Ya refrendado en Mombasa.' },
};

function outcome(verdict: PermitQrVerdictKind, reasons: readonly VerificationReason[] = []): DeviceVerification {
  return { qrText: 'HB1:ABC', verdict: { verdict, reasons, claims, signer: null, risk: { score: 0, reasons: [] } }, statusListsHeld: false,
  listsCheckedAt: NOW - 3_600_000 };
}

async function panel(verdict: PermitQrVerdictKind = 'valid', roles: readonly Role[] = ['inspector'], language: 'en' | 'fr' = 'en') {
  const db = openHornbillDb(`hornbill-endorse-ui-${Math.random()}`);
  await db.accounts.add(account);
  const rendered = await renderWithApp(<VerdictPanel verification={outcome(verdict)} onDone={() => undefined} now={() => NOW} />, language, db, signedInAs(roles));
  return rendered.db;
}

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function fillValid() {
  type('Quantity actually exported, line item A', '2');
  type('Quantity actually exported, line item B', '240.5');
  type('Port of export', 'Mombasa');
  type('Bill of lading or air waybill number (optional)', 'MSKU 1234567');
}

const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Endorse and sign' }));

beforeEach(() => {
  vi.resetAllMocks();
  mocks.actingIdentityFor.mockResolvedValue(identity);
});

describe('the export endorsement on the verdict screen', () => {
  it('is offered to an inspector, with the permitted quantity and unit beside each line, today’s date and their name', async () => {
    await panel('warning');
    const form = screen.getByTestId('endorsement-form');
    expect(within(form).getByRole('heading', { name: 'Endorse the export (box 14)' })).toBeDefined();
    expect(form.textContent).toContain('Line item A: Python sebae. Permitted: 2 (number of specimens)');
    expect(form.textContent).toContain('Line item B: Aloe ferox. Permitted: 250 (KGM — Kilograms (kg))');
    expect((screen.getByLabelText('Date of export') as HTMLInputElement).value).toBe(TODAY);
    expect((screen.getByLabelText('Inspector') as HTMLInputElement).value).toBe(`Test ${testUserId}`);
  });

  it('is not offered to an officer, nor on an invalid verdict', async () => {
    await panel('valid', ['officer', 'approver']);
    expect(screen.queryByTestId('endorsement-form')).toBeNull();
    cleanup();
    await panel('invalid');
    expect(screen.queryByTestId('endorsement-form')).toBeNull();
  });

  it('says in words that a quantity above the permitted one is refused, and records nothing', async () => {
    await panel();
    fillValid();
    type('Quantity actually exported, line item A', '3');
    submit();
    const field = screen.getByLabelText('Quantity actually exported, line item A');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById(field.getAttribute('aria-describedby')?.split(' ').at(-1) ?? '');
    expect(error?.textContent).toBe('✖ This is more than the permitted 2 (number of specimens): the export may not exceed the permit.');
    expect(mocks.recordEndorsement).not.toHaveBeenCalled();
    expect(mocks.actingIdentityFor).not.toHaveBeenCalled();
  });

  it('asks for a missing quantity and port, in French too, and records nothing', async () => {
    await panel('valid', ['inspector'], 'fr');
    fireEvent.click(screen.getByRole('button', { name: 'Viser et signer' }));
    expect(screen.getAllByText('Saisissez la quantité réellement exportée (0 si rien ne l’a été).')).toHaveLength(2);
    expect(screen.getByText('Saisissez le port d’exportation.')).toBeDefined();
    expect(mocks.recordEndorsement).not.toHaveBeenCalled();
  });

  it('records box 14, confirms it, and checks the QR again: now red, already endorsed', async () => {
    const db = await panel();
    mocks.recordEndorsement.mockResolvedValue({ ok: true, value: { entry: {}, permit: null } });
    mocks.verifyOnDevice.mockResolvedValue(outcome('invalid', [alreadyEndorsed]));
    fillValid();
    submit();
    expect((await screen.findByTestId('endorsement-recorded')).textContent).toBe(
      `Endorsement recorded at Mombasa on ${TODAY}: the permit now counts as used on this device.`,
    );
    expect(mocks.recordEndorsement).toHaveBeenCalledWith(db, identity, claims, {
      actualQuantities: [2, 240.5], port: 'Mombasa', date: TODAY, inspector: `Test ${testUserId}`, billOfLading: 'MSKU 1234567',
    }, NOW);
    await waitFor(() => expect(screen.getByTestId('verdict-panel').dataset.verdict).toBe('invalid'));
    expect(mocks.verifyOnDevice).toHaveBeenCalledWith(db, 'HB1:ABC', NOW, 'KE');
    expect(screen.getByTestId('verdict-findings').textContent).toContain('already endorsed on 2026-11-24 10:00 UTC at Mombasa by Test');
    expect(screen.queryByTestId('endorsement-form')).toBeNull();
  });

  it('shows the core refusal in the interface language', async () => {
    await panel();
    mocks.recordEndorsement.mockResolvedValue({ ok: false, error: { code: 'projection.permit-closed', message: { en: 'The permit is endorsed: no further action is possible on it.', fr: 'x', es: 'y' } } });
    fillValid();
    submit();
    expect((await screen.findByRole('alert')).textContent).toBe('The permit is endorsed: no further action is possible on it.');
    expect(screen.queryByTestId('endorsement-recorded')).toBeNull();
  });

  it('keeps what was typed when the device’s storage is full', async () => {
    await panel();
    mocks.recordEndorsement.mockRejectedValue(new StorageFullError('storage full'));
    fillValid();
    submit();
    expect((await screen.findByRole('alert')).textContent).toContain('storage is full: nothing was recorded, and what you typed is still here');
    expect((screen.getByLabelText('Port of export') as HTMLInputElement).value).toBe('Mombasa');
    expect((screen.getByLabelText('Quantity actually exported, line item B') as HTMLInputElement).value).toBe('240.5');
    expect(mocks.verifyOnDevice).not.toHaveBeenCalled();
  });

  it('says so when the device holds no inspector key for the user', async () => {
    await panel();
    mocks.actingIdentityFor.mockResolvedValue(undefined);
    fillValid();
    submit();
    expect((await screen.findByRole('alert')).textContent).toContain('holds no key certificate of yours');
    expect(mocks.recordEndorsement).not.toHaveBeenCalled();
  });
});
