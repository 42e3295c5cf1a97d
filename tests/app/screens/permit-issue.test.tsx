import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { openHornbillDb } from '../../../src/app/db/database.ts';
import { saveDraft } from '../../../src/app/db/permits.ts';
import type { PermitRecord } from '../../../src/app/db/permit-record.ts';
import PermitDetailScreen from '../../../src/app/screens/permit/PermitDetailScreen.tsx';
import { permitDraftSchema } from '../../../src/core/permit/model/permit-draft.ts';
import { formatPermitNumber } from '../../../src/core/permit/permit-number.ts';
import { applicationContent, PERMIT_IDS, T0 } from '../../core/log/permit-act-fixtures.ts';
import { renderWithApp } from '../renderWithApp.tsx';
import { signedInAs, testAccount, testUserId } from '../signed-in-session.ts';

// Signing runs under Node (tests/app/log/issue-act.test.ts); here the form, with the log modules replaced.
const log = vi.hoisted(() => ({ recordPermitAct: vi.fn(), actingIdentityFor: vi.fn(), readAuditTrail: vi.fn() }));
vi.mock('../../../src/app/log/record-permit-act.ts', () => ({ recordPermitAct: log.recordPermitAct }));
vi.mock('../../../src/app/log/acting-identity.ts', () => ({ actingIdentityFor: log.actingIdentityFor }));
vi.mock('../../../src/app/log/permit-audit-trail.ts', () => ({ readAuditTrail: log.readAuditTrail }));

const permitId = PERMIT_IDS[0];
const identity = { userId: testUserId, role: 'approver', deviceId: 'device-1', deviceCode: 'T3F', kid: new Uint8Array(8), seed: new Uint8Array(32) };
const account = testAccount('approver', T0);
const prepared = [{ transition: 'submit', actor: 'amina' }, { transition: 'process', actor: 'baraka' }];

/** An approved permit, without the example's quota line (the device holds no quota share). */
async function deviceWithApprovedPermit() {
  const db = openHornbillDb(`hornbill-permit-issue-${Math.random()}`);
  await db.accounts.add(account);
  const draft = permitDraftSchema.parse(applicationContent(permitId));
  const saved = await saveDraft(db, { ...draft, lineItems: draft.lineItems?.slice(0, 1) }, new Date(T0), testUserId);
  await db.permits.update(saved.id, { status: 'approved' });
  return { db, saved };
}

async function openIssueForm(db: Awaited<ReturnType<typeof deviceWithApprovedPermit>>['db']) {
  await renderWithApp(<PermitDetailScreen permitId={permitId} />, 'en', db, signedInAs(['approver']));
  fireEvent.click(await screen.findByRole('button', { name: 'Issue the permit' }));
  fireEvent.change(screen.getByLabelText('Security stamp number (box 5b)'), { target: { value: 'KWS 0042117' } });
  fireEvent.change(screen.getByLabelText('Place of issue (box 13)'), { target: { value: 'Nairobi' } });
  await waitFor(() => expect((screen.getByRole('button', { name: 'Check, sign and issue' }) as HTMLButtonElement).disabled).toBe(false));
}

beforeEach(() => {
  vi.resetAllMocks();
  log.actingIdentityFor.mockResolvedValue(identity);
  log.readAuditTrail.mockResolvedValue({ rows: [], permit: { acts: [...prepared, { transition: 'approve', actor: testUserId }] } });
});

describe('issuing a permit', () => {
  it('numbers box 1 on the device, fills box 13 and records one issue act', async () => {
    const { db, saved } = await deviceWithApprovedPermit();
    const issued: PermitRecord = { ...saved, status: 'issued', content: { ...saved.content, status: 'issued' } };
    log.recordPermitAct.mockResolvedValue({ ok: true, value: { entry: {}, permit: issued } });
    await openIssueForm(db);
    fireEvent.click(screen.getByRole('button', { name: 'Check, sign and issue' }));
    await waitFor(() => expect(screen.getByTestId('permit-status').textContent).toBe('Status: Issued'));
    expect(log.recordPermitAct).toHaveBeenCalledTimes(1);
    const [, who, id, transition, body] = log.recordPermitAct.mock.calls[0] as [unknown, unknown, string, string, Record<string, unknown>];
    expect([who, id, transition]).toEqual([identity, permitId, 'issue']);
    expect(body).toMatchObject({ number: expect.stringMatching(/^KE\d\d-T3F-00001-[0-9A-Z]$/) as unknown, securityStamp: 'KWS 0042117', issuance: { place: 'Nairobi', official: `Test ${testUserId}` } });
    expect(await db.permitNumberSequences.count()).toBe(1);
  });

  it('is blocked by a rule error, which it shows, and allocates no number', async () => {
    const { db } = await deviceWithApprovedPermit();
    await openIssueForm(db);
    fireEvent.change(screen.getByLabelText('Valid until (box 2)'), { target: { value: '2099-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check, sign and issue' }));
    const findings = await screen.findByTestId('issue-findings');
    expect(findings.querySelector('[data-code="art6.validity-too-long"]')).not.toBeNull();
    expect(log.recordPermitAct).not.toHaveBeenCalled();
    expect(await db.permitNumberSequences.count()).toBe(0);
  });

  it('is refused past the device’s quota share, counting the permits it issued already, and records nothing', async () => {
    const { db } = await deviceWithApprovedPermit();
    const year = new Date().getFullYear();
    const number = formatPermitNumber({ party: 'KE', year, device: 'T3F', sequence: 1 });
    if (!number.ok) throw new Error(number.error.code);
    // HQ gave this device 6 Balearica regulorum (taxon 4595) this year; a permit it issued took 3, this one asks 4.
    await db.quotaShares.put({ taxonId: 4595, year, amount: 6, unit: null });
    const earlier = permitDraftSchema.parse(applicationContent(PERMIT_IDS[1]));
    const issuedHere = await saveDraft(db, { ...earlier, number: number.value, lineItems: earlier.lineItems?.slice(0, 1).map((item) => ({ ...item, quantity: { amount: 3 } })) }, new Date(T0), testUserId);
    await db.permits.update(issuedHere.id, { status: 'issued' });
    await db.permitNumberSequences.put({ device: 'T3F', year, last: 1 });
    await openIssueForm(db);
    fireEvent.click(screen.getByRole('button', { name: 'Check, sign and issue' }));
    const findings = await screen.findByTestId('issue-findings');
    expect(findings.querySelector('[data-code="quota.share-exceeded"]')).not.toBeNull();
    expect(log.recordPermitAct).not.toHaveBeenCalled();
    expect(await db.permitNumberSequences.get(['T3F', year])).toMatchObject({ last: 1 });
  });

  it('is not offered to the approver who processed the application (four eyes)', async () => {
    const { db } = await deviceWithApprovedPermit();
    log.readAuditTrail.mockResolvedValue({ rows: [], permit: { acts: [{ transition: 'submit', actor: 'amina' }, { transition: 'process', actor: testUserId }] } });
    await renderWithApp(<PermitDetailScreen permitId={permitId} />, 'fr', db, signedInAs(['officer', 'approver']));
    expect(await screen.findByText('Vos rôles ne permettent aucune action sur ce permis dans son état actuel.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Délivrer le permis' })).toBeNull();
  });
});
