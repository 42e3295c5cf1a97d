import { beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { openHornbillDb } from '../../../src/app/db/database.ts';
import { saveDraft } from '../../../src/app/db/permits.ts';
import type { PermitRecord } from '../../../src/app/db/permit-record.ts';
import PermitDetailScreen from '../../../src/app/screens/permit/PermitDetailScreen.tsx';
import { permitDraftSchema } from '../../../src/core/permit/model/permit-draft.ts';
import { applicationContent, PERMIT_IDS, T0 } from '../../core/log/permit-act-fixtures.ts';
import { renderWithApp } from '../renderWithApp.tsx';
import { signedInAs, testAccount, testUserId } from '../signed-in-session.ts';

// Signing runs under Node (tests/app/log/replace-permit.test.ts); here the form, with the log modules replaced.
const log = vi.hoisted(() => ({ recordPermitAct: vi.fn(), actingIdentityFor: vi.fn(), readAuditTrail: vi.fn() }));
vi.mock('../../../src/app/log/record-permit-act.ts', () => ({ recordPermitAct: log.recordPermitAct }));
vi.mock('../../../src/app/log/acting-identity.ts', () => ({ actingIdentityFor: log.actingIdentityFor }));
vi.mock('../../../src/app/log/permit-audit-trail.ts', () => ({ readAuditTrail: log.readAuditTrail }));

const permitId = PERMIT_IDS[0];
const number = 'KE26-T3F-00042-O';
const identity = { userId: testUserId, role: 'approver', deviceId: 'device-1', deviceCode: 'T3F', kid: new Uint8Array(8), seed: new Uint8Array(32) };
const account = testAccount('approver', T0);

async function deviceWithIssuedPermit() {
  const db = openHornbillDb(`hornbill-permit-replace-${Math.random()}`);
  await db.accounts.add(account);
  const saved = await saveDraft(db, permitDraftSchema.parse(applicationContent(permitId)), new Date(T0), testUserId);
  const issued: PermitRecord = { ...saved, status: 'issued', content: { ...saved.content, status: 'issued', number } };
  await db.permits.put(issued);
  return { db, issued };
}

beforeEach(() => {
  vi.resetAllMocks();
  log.actingIdentityFor.mockResolvedValue(identity);
  log.readAuditTrail.mockResolvedValue({ rows: [], permit: { acts: [{ transition: 'submit', actor: 'amina' }] } });
});

describe('replacing an issued permit', () => {
  it('asks the reason, records one replaced entry, and links the permit and its new draft both ways', async () => {
    const { db, issued } = await deviceWithIssuedPermit();
    log.recordPermitAct.mockImplementation((_db: unknown, _who: unknown, id: string) =>
      Promise.resolve({ ok: true, value: { entry: {}, permit: { ...issued, id, status: 'replaced', updatedAt: new Date(T0 + 1000).toISOString() } } }),
    );
    await renderWithApp(<PermitDetailScreen permitId={permitId} />, 'en', db, signedInAs(['approver']));
    fireEvent.click(await screen.findByRole('button', { name: 'Replace the permit' }));
    const confirm = screen.getByRole('button', { name: 'Confirm and sign' });
    expect((confirm as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Reason (recorded in the audit log)'), { target: { value: 'Wrong quantity' } });
    fireEvent.click(confirm);
    await waitFor(() => expect(screen.getByTestId('permit-status').textContent).toBe('Status: Replaced'));

    expect(log.recordPermitAct).toHaveBeenCalledTimes(1);
    const [, , id, transition, body] = log.recordPermitAct.mock.calls[0] as [unknown, unknown, string, string, { reason: string; replacedBy: string }];
    expect([id, transition, body.reason]).toEqual([permitId, 'replace', 'Wrong quantity']);
    const link = await screen.findByRole('link', { name: 'the new application' });
    expect(link.getAttribute('href')).toBe(`#/permits/${body.replacedBy}`);
    expect(await db.permits.get(body.replacedBy)).toMatchObject({ status: 'draft', content: { id: body.replacedBy } });

    cleanup();
    await renderWithApp(<PermitDetailScreen permitId={body.replacedBy} />, 'fr', db, signedInAs(['approver']));
    expect((await screen.findByTestId('replacement-links')).textContent).toBe(`Cette demande remplace le permis ${number}`);
    expect(screen.getByRole('link', { name: number }).getAttribute('href')).toBe(`#/permits/${permitId}`);
  });
});
