import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { openHornbillDb } from '../../../src/app/db/database.ts';
import { saveDraft } from '../../../src/app/db/permits.ts';
import type { PermitRecord } from '../../../src/app/db/permit-record.ts';
import PermitDetailScreen from '../../../src/app/screens/permit/PermitDetailScreen.tsx';
import { permitDraftSchema } from '../../../src/core/permit/model/permit-draft.ts';
import { applicationContent, PERMIT_IDS, T0 } from '../../core/log/permit-act-fixtures.ts';
import { renderWithApp } from '../renderWithApp.tsx';
import { signedInAs, testAccount, testIdentity, testUserId } from '../signed-in-session.ts';

// Signing runs under Node (tests/app/log/alter-act.test.ts); here the editor, with the log modules replaced.
const log = vi.hoisted(() => ({ recordPermitAct: vi.fn(), actingIdentityFor: vi.fn(), readAuditTrail: vi.fn() }));
vi.mock('../../../src/app/log/record-permit-act.ts', () => ({ recordPermitAct: log.recordPermitAct }));
vi.mock('../../../src/app/log/acting-identity.ts', () => ({ actingIdentityFor: log.actingIdentityFor }));
vi.mock('../../../src/app/log/permit-audit-trail.ts', () => ({ readAuditTrail: log.readAuditTrail }));

const permitId = PERMIT_IDS[0];
const identity = testIdentity('officer');
const account = testAccount('officer', T0);

async function deviceWithRequestedPermit() {
  const db = openHornbillDb(`hornbill-permit-alter-${Math.random()}`);
  await db.accounts.add(account);
  const saved = await saveDraft(db, permitDraftSchema.parse(applicationContent(permitId)), new Date(T0), testUserId);
  const requested: PermitRecord = { ...saved, status: 'requested', content: { ...saved.content, status: 'requested' } };
  await db.permits.put(requested);
  return { db, requested };
}

beforeEach(() => {
  vi.resetAllMocks();
  log.actingIdentityFor.mockResolvedValue(identity);
  log.readAuditTrail.mockResolvedValue({ rows: [], permit: { acts: [{ transition: 'submit', actor: testUserId }] } });
});

describe('altering an application', () => {
  it('opens the application editor on the permit, checks the rules live and records only the changed boxes', async () => {
    const { db, requested } = await deviceWithRequestedPermit();
    const altered: PermitRecord = { ...requested, content: { ...requested.content, specialConditions: 'Crates sealed' }, updatedAt: new Date(T0 + 1000).toISOString() };
    log.recordPermitAct.mockResolvedValue({ ok: true, value: { entry: {}, permit: altered } });
    await renderWithApp(<PermitDetailScreen permitId={permitId} />, 'en', db, signedInAs(['officer']));
    fireEvent.click(await screen.findByRole('button', { name: 'Alter the application' }));
    const unchanged = screen.getByRole('button', { name: 'No box changed yet' });
    expect((unchanged as HTMLButtonElement).disabled).toBe(true);
    // The rules run as for a draft: the example's quota line is flagged, since the device holds no quota share.
    await waitFor(() => expect(document.querySelector('[data-code^="quota"]')).not.toBeNull());
    fireEvent.change(screen.getByLabelText('5 — Special conditions'), { target: { value: 'Crates sealed' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirm and sign' }));
    await waitFor(() => expect(log.recordPermitAct).toHaveBeenCalledTimes(1));
    const [, who, id, transition, body] = log.recordPermitAct.mock.calls[0] as [unknown, unknown, string, string, unknown];
    expect([who, id, transition, body]).toEqual([identity, permitId, 'alter', { boxes: { specialConditions: 'Crates sealed' } }]);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Confirm and sign' })).toBeNull());
    expect(screen.getByTestId('permit-status').textContent).toBe('Status: Requested');
  });
});
