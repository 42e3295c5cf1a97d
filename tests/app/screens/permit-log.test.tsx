import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { openHornbillDb } from '../../../src/app/db/database.ts';
import { saveDraft } from '../../../src/app/db/permits.ts';
import type { PermitRecord } from '../../../src/app/db/permit-record.ts';
import { StorageFullError } from '../../../src/app/db/storage-full.ts';
import PermitDetailScreen from '../../../src/app/screens/permit/PermitDetailScreen.tsx';
import { notPrintable } from '../../../src/core/log/projection-refusal.ts';
import { permitDraftSchema } from '../../../src/core/permit/model/permit-draft.ts';
import { applicationContent, PERMIT_IDS, T0 } from '../../core/log/permit-act-fixtures.ts';
import { renderWithApp } from '../renderWithApp.tsx';
import { signedInAs, testAccount, testIdentity, testUserId } from '../signed-in-session.ts';

// Signing and verifying run under Node (tests/app/log); here the screen, with the log modules replaced.
const log = vi.hoisted(() => ({ recordPermitAct: vi.fn(), actingIdentityFor: vi.fn(), readAuditTrail: vi.fn() }));
vi.mock('../../../src/app/log/record-permit-act.ts', () => ({ recordPermitAct: log.recordPermitAct }));
vi.mock('../../../src/app/log/acting-identity.ts', () => ({ actingIdentityFor: log.actingIdentityFor }));
vi.mock('../../../src/app/log/permit-audit-trail.ts', () => ({ readAuditTrail: log.readAuditTrail }));

const permitId = PERMIT_IDS[0];
const identity = testIdentity('officer');
const account = testAccount('officer', T0);

async function deviceWithDraft() {
  const db = openHornbillDb(`hornbill-permit-log-${Math.random()}`);
  await db.accounts.add(account);
  const saved = await saveDraft(db, permitDraftSchema.parse(applicationContent(permitId)), new Date(T0), testUserId);
  return { db, saved };
}

beforeEach(() => {
  vi.resetAllMocks();
  log.actingIdentityFor.mockResolvedValue(identity);
  log.readAuditTrail.mockResolvedValue({ rows: [], permit: undefined });
});

describe('the permit’s actions and audit trail', () => {
  it('offers the acts of the user’s role, confirms, records one signed entry and shows the new state', async () => {
    const { db, saved } = await deviceWithDraft();
    const requested: PermitRecord = { ...saved, status: 'requested', content: { ...saved.content, status: 'requested' } };
    log.recordPermitAct.mockResolvedValue({ ok: true, value: { entry: {}, permit: requested } });
    await renderWithApp(<PermitDetailScreen permitId={permitId} />, 'en', db, signedInAs(['officer']));
    const submit = await screen.findByRole('button', { name: 'Submit the application' });
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
    fireEvent.click(submit);
    expect(screen.getByRole('alertdialog', { name: 'Submit the application?' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Confirm and sign' }));
    await waitFor(() => expect(screen.getByTestId('permit-status').textContent).toBe('Status: Requested'));
    expect(log.recordPermitAct).toHaveBeenCalledTimes(1);
    const [, who, id, transition, body] = log.recordPermitAct.mock.calls[0] as [unknown, unknown, string, string, { content: { id: string } }];
    expect([who, id, transition, body.content.id]).toEqual([identity, permitId, 'submit', permitId]);
    expect(log.actingIdentityFor.mock.calls[0]?.[2]).toBe('officer');
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('asks the reason for a rejection and keeps it when the act is refused or the disk is full', async () => {
    const { db, saved } = await deviceWithDraft();
    await db.permits.update(saved.id, { status: 'processed' });
    log.readAuditTrail.mockResolvedValue({ rows: [], permit: { acts: [{ transition: 'submit', actor: 'someone-else' }] } });
    log.recordPermitAct.mockResolvedValueOnce({ ok: false, error: notPrintable('processed') }).mockRejectedValueOnce(new StorageFullError('full'));
    await renderWithApp(<PermitDetailScreen permitId={permitId} />, 'en', db, signedInAs(['approver']));
    fireEvent.click(await screen.findByRole('button', { name: 'Reject' }));
    const confirm = screen.getByRole('button', { name: 'Confirm and sign' });
    expect((confirm as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Reason (recorded in the audit log)'), { target: { value: 'No import permit' } });
    fireEvent.click(confirm);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('cannot be printed'));
    expect((log.recordPermitAct.mock.calls[0] as unknown[])[4]).toEqual({ reason: 'No import permit' });
    fireEvent.click(confirm);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('storage is full'));
    expect((screen.getByLabelText('Reason (recorded in the audit log)') as HTMLTextAreaElement).value).toBe('No import permit');
  });

  it('says so when the device holds no key for the role', async () => {
    const { db } = await deviceWithDraft();
    log.actingIdentityFor.mockResolvedValue(undefined);
    await renderWithApp(<PermitDetailScreen permitId={permitId} />, 'fr', db, signedInAs(['officer']));
    fireEvent.click(await screen.findByRole('button', { name: 'Soumettre la demande' }));
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer et signer' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('aucun certificat de clé'));
    expect(log.recordPermitAct).not.toHaveBeenCalled();
  });

  it('lists the audit trail: who, role, what, device clock, logical time, verified or not', async () => {
    const { db } = await deviceWithDraft();
    log.readAuditTrail.mockResolvedValue({
      rows: [
        { id: 'a', actor: 'amina', role: 'officer', action: 'requested', device: 'T3F', wallTime: T0, hlc: { wallMs: T0, counter: 0 }, verified: true },
        { id: 'b', actor: 'dalia', role: 'approver', action: 'approved', device: 'M2X', wallTime: T0 + 1000, hlc: { wallMs: T0 + 1000, counter: 2 }, verified: false },
      ],
      permit: undefined,
    });
    await renderWithApp(<PermitDetailScreen permitId={permitId} />, 'es', db, signedInAs(['inspector']));
    expect(await screen.findByText('Sus roles no permiten ninguna acción sobre este permiso en su estado actual.')).toBeTruthy();
    // The trail is on its own tab.
    fireEvent.click(screen.getByRole('tab', { name: 'Registro de auditoría' }));
    const rows = [...(await screen.findByTestId('audit-trail')).querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent));
    expect(rows.map((row) => [row[0], row[1], row[3], row[4]])).toEqual([
      ['amina (funcionario)', 'presentada', '01a217154680-0000-T3F', '✓ verificada'],
      ['dalia (aprobador)', 'aprobado', '01a217154a68-0002-M2X', '✗ no verificada'],
    ]);
  });
});
