import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { openHornbillDb } from '../../../src/app/db/database.ts';
import { saveDraft } from '../../../src/app/db/permits.ts';
import PermitDetailScreen from '../../../src/app/screens/permit/PermitDetailScreen.tsx';
import { permitDraftSchema } from '../../../src/core/permit/model/permit-draft.ts';
import type { Role } from '../../../src/core/permit/transition-roles.ts';
import { applicationContent, PERMIT_IDS, T0 } from '../../core/log/permit-act-fixtures.ts';
import { renderWithApp } from '../renderWithApp.tsx';
import { signedInAs, testAccount, testUserId } from '../signed-in-session.ts';

// The PDF, the QR and the signing are tested under Node (tests/app/print/print-permit.test.ts); here the button.
const mocks = vi.hoisted(() => ({ printPermit: vi.fn(), actingIdentityFor: vi.fn(), readAuditTrail: vi.fn() }));
vi.mock('../../../src/app/print/print-permit.ts', () => ({ printPermit: mocks.printPermit }));
vi.mock('../../../src/app/log/acting-identity.ts', () => ({ actingIdentityFor: mocks.actingIdentityFor }));
vi.mock('../../../src/app/log/permit-audit-trail.ts', () => ({ readAuditTrail: mocks.readAuditTrail }));

const permitId = PERMIT_IDS[0];
const number = 'KE26-T3F-00001-O';
const identity = { userId: testUserId, role: 'approver', deviceId: 'device-1', deviceCode: 'T3F', kid: new Uint8Array(8), seed: new Uint8Array(32) };
const account = testAccount('approver', T0);

async function deviceWithPermit(status: 'issued' | 'approved') {
  const db = openHornbillDb(`hornbill-permit-print-${Math.random()}`);
  await db.accounts.add(account);
  const saved = await saveDraft(db, permitDraftSchema.parse(applicationContent(permitId)), new Date(T0), testUserId);
  await db.permits.update(saved.id, { status, content: { ...saved.content, number } });
  return db;
}

async function open(status: 'issued' | 'approved', roles: readonly Role[], language: 'en' | 'fr' = 'en') {
  await renderWithApp(<PermitDetailScreen permitId={permitId} />, language, await deviceWithPermit(status), signedInAs(roles));
  await screen.findByTestId('permit-status');
}

const createObjectURL = vi.fn(() => 'blob:permit');
const click = vi.spyOn(HTMLAnchorElement.prototype, 'click');
beforeEach(() => {
  vi.resetAllMocks();
  mocks.actingIdentityFor.mockResolvedValue(identity);
  mocks.readAuditTrail.mockResolvedValue({ rows: [], permit: { acts: [] } });
  click.mockImplementation(() => undefined);
  createObjectURL.mockReturnValue('blob:permit');
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
});
afterEach(() => vi.unstubAllGlobals());

describe('printing a permit', () => {
  it('prints an issued permit in the chosen language, signed as the approver, and saves the PDF under its number', async () => {
    await open('issued', ['approver'], 'fr');
    mocks.printPermit.mockImplementation((_db, _identity, record: { id: string }) =>
      Promise.resolve({ ok: true, value: { pdf: new Uint8Array([37, 80, 68, 70]), qrText: 'HB1:X', permit: record } }),
    );
    expect((screen.getByLabelText('Langue du formulaire') as HTMLSelectElement).value).toBe('fr');
    fireEvent.change(screen.getByLabelText('Langue du formulaire'), { target: { value: 'es' } });
    fireEvent.click(screen.getByRole('button', { name: 'Imprimer' }));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    expect(mocks.actingIdentityFor).toHaveBeenCalledWith(expect.anything(), expect.anything(), 'approver');
    const [, who, record, language] = mocks.printPermit.mock.calls[0] as [unknown, unknown, { id: string }, string, number];
    expect([who, record.id, language]).toEqual([identity, permitId, 'es']);
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe(`${number}.pdf`);
    expect(link.href).toBe('blob:permit');
  });

  it('says why when the print is refused, and saves nothing', async () => {
    await open('issued', ['officer']);
    mocks.printPermit.mockResolvedValue({ ok: false, error: { en: 'Only a complete, issued permit can be printed.', fr: '', es: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Print' }));
    expect(await screen.findByText('Only a complete, issued permit can be printed.')).toBeDefined();
    expect(click).not.toHaveBeenCalled();
  });

  it('is not offered before issue, nor to an inspector', async () => {
    await open('approved', ['approver']);
    expect(screen.queryByRole('button', { name: 'Print' })).toBeNull();
    await open('issued', ['inspector']);
    expect(screen.queryByRole('button', { name: 'Print' })).toBeNull();
  });
});
