// @vitest-environment node
// Node, not jsdom: signing needs typed arrays that pass `instanceof Uint8Array` (see record-permit-act.test.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openHornbillDb, type HornbillDb } from '../../../src/app/db/database.ts';
import type { ActingIdentity } from '../../../src/app/log/acting-identity.ts';
import { defaultValidUntil, issuedBody, issueFindings } from '../../../src/app/log/issue-act.ts';
import { offeredAct } from '../../../src/app/log/offered-acts.ts';
import { allocatePermitNumber, nextPermitNumber } from '../../../src/app/log/permit-number-sequence.ts';
import { recordPermitAct } from '../../../src/app/log/record-permit-act.ts';
import { rebuildPermits } from '../../../src/core/log/rebuild-permits.ts';
import { calendarDateSchema } from '../../../src/core/permit/calendar-date.ts';
import { permitDraftSchema, type PermitDraft } from '../../../src/core/permit/model/permit-draft.ts';
import { makeChecklistLookup } from '../../../src/core/permit/rules/checklist-lookup.ts';
import type { Role } from '../../../src/core/permit/transition-roles.ts';
import { demoChecklistTaxa } from '../../../src/core/species/data/demo-checklist.ts';
import { decodedPermitEntries } from '../../../src/app/log/permit-entries.ts';
import { applicationContent, bodyFor, PERMIT_IDS, T0 } from '../../core/log/permit-act-fixtures.ts';

const permitId = PERMIT_IDS[0];
const today = calendarDateSchema.parse('2026-11-26');
const series = { party: 'KE', year: 2026, device: 'T3F' };
const boxes = { validUntil: '2027-05-26', securityStamp: 'KWS 0042117', place: 'Nairobi' };
let counter = 0;
let db: HornbillDb;
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

function freshDb(name = `hornbill-issue-test-${++counter}`): HornbillDb {
  db = openHornbillDb(name);
  return db;
}

function identity(userId: string, role: Role, seedByte: number): ActingIdentity {
  return { userId, role, deviceId: 'device-1', deviceCode: 'T3F', kid: new Uint8Array(8).fill(seedByte), seed: new Uint8Array(32).fill(seedByte) };
}
const amina = identity('amina', 'officer', 1);
const baraka = identity('baraka', 'officer', 2);
const chege = identity('chege', 'approver', 3);
const dalia = identity('dalia', 'approver', 4);

async function act(database: HornbillDb, who: ActingIdentity, transition: 'submit' | 'process' | 'approve', body = {}) {
  const result = await recordPermitAct(database, who, permitId, transition, body, T0);
  if (!result.ok) throw new Error(result.error.code);
}

async function approvedBy(database: HornbillDb, processor: ActingIdentity, approver: ActingIdentity) {
  await act(database, amina, 'submit', bodyFor('requested', permitId));
  await act(database, processor, 'process');
  await act(database, approver, 'approve');
}

describe('the permit number sequence', () => {
  it('counts per device and year, from 1, with the check character', async () => {
    const database = freshDb();
    expect(await nextPermitNumber(database, series)).toEqual({ ok: true, value: 'KE26-T3F-00001-O' });
    const first = await allocatePermitNumber(database, series);
    const second = await allocatePermitNumber(database, series);
    const nextYear = await allocatePermitNumber(database, { ...series, year: 2027 });
    expect([first, second, nextYear].map((number) => number.ok && number.value.slice(0, 14))).toEqual(['KE26-T3F-00001', 'KE26-T3F-00002', 'KE27-T3F-00001']);
  });

  it('never hands a number out twice, even when the device stops between allocation and the entry', async () => {
    const name = `hornbill-issue-crash-${++counter}`;
    const before = freshDb(name);
    await approvedBy(before, baraka, dalia);
    const lost = await allocatePermitNumber(before, series);
    before.close(); // the crash: the number was taken, the issue entry never written

    const after = freshDb(name);
    expect((await after.entries.toArray()).filter((row) => row.action === 'issued').length).toBe(0);
    const number = await allocatePermitNumber(after, series);
    if (!lost.ok || !number.ok) throw new Error('allocation failed');
    expect(number.value).not.toBe(lost.value);
    expect(number.value.slice(0, 14)).toBe('KE26-T3F-00002');
  });

  it('does not reuse the number of an issue whose write failed', async () => {
    const database = freshDb();
    await approvedBy(database, baraka, dalia);
    const lost = await allocatePermitNumber(database, series);
    if (!lost.ok) throw new Error('allocation failed');
    vi.spyOn(database.entries, 'add').mockRejectedValueOnce(new Error('disk error'));
    await expect(recordPermitAct(database, dalia, permitId, 'issue', issuedBody(boxes, { number: lost.value, today, official: 'Dalia M.' }), T0)).rejects.toThrow('disk error');
    expect(await nextPermitNumber(database, series)).toMatchObject({ ok: true, value: expect.stringMatching(/^KE26-T3F-00002-/) as unknown });
  });
});

describe('issue', () => {
  it('records exactly one signed entry and the projection shows the issued permit with its boxes', async () => {
    const database = freshDb();
    await approvedBy(database, baraka, dalia);
    const number = await allocatePermitNumber(database, series);
    if (!number.ok) throw new Error('allocation failed');
    const entriesBefore = await database.entries.count();
    const result = await recordPermitAct(database, dalia, permitId, 'issue', issuedBody(boxes, { number: number.value, today, official: 'Dalia M.' }), T0);
    expect(result.ok && result.value.entry).toMatchObject({ action: 'issued', actor: 'dalia', role: 'approver' });
    expect(await database.entries.count()).toBe(entriesBefore + 1);
    const stored = await database.permits.get(permitId);
    expect(stored?.status).toBe('issued');
    expect(stored?.content).toMatchObject({ number: number.value, validUntil: '2027-05-26', securityStamp: 'KWS 0042117', issuance: { place: 'Nairobi', date: '2026-11-26', official: 'Dalia M.' } });
    // The stored row is what the log makes.
    expect(rebuildPermits(await decodedPermitEntries(database, permitId)).permits.get(permitId)?.content).toEqual(stored?.content);
  });

  it('is refused to the approver who processed the application when four eyes is on, and writes nothing', async () => {
    const database = freshDb();
    const daliaAsOfficer = identity('dalia', 'officer', 5);
    await approvedBy(database, daliaAsOfficer, chege);
    const history = [{ transition: 'submit' as const, actor: 'amina' }, { transition: 'process' as const, actor: 'dalia' }, { transition: 'approve' as const, actor: 'chege' }];
    expect(offeredAct('issue', 'approved', ['officer', 'approver'], 'dalia', history, true)).toBeUndefined();
    expect(offeredAct('issue', 'approved', ['approver'], 'chege', history, true)).toEqual({ transition: 'issue', role: 'approver' });
    const entriesBefore = await database.entries.count();
    const refused = await recordPermitAct(database, dalia, permitId, 'issue', issuedBody(boxes, { number: 'KE26-T3F-00001-O', today, official: 'Dalia M.' }), T0);
    expect(refused).toMatchObject({ ok: false, error: { code: 'four-eyes.preparer-may-not-decide' } });
    expect(await database.entries.count()).toBe(entriesBefore);
    expect((await database.permits.get(permitId))?.status).toBe('approved');
    // With four eyes off, the same approver may issue.
    const allowed = await recordPermitAct(database, dalia, permitId, 'issue', issuedBody(boxes, { number: 'KE26-T3F-00001-O', today, official: 'Dalia M.' }), T0, { fourEyesRequired: false });
    expect(allowed.ok && allowed.value.permit.status).toBe('issued');
  });
});

describe('the rules before issue', () => {
  const checklist = makeChecklistLookup(demoChecklistTaxa);
  // The example permit without its quota line: the device holds no quota share yet.
  const content = (): PermitDraft => {
    const draft = permitDraftSchema.parse({ ...applicationContent(permitId), status: 'approved' });
    return { ...draft, lineItems: draft.lineItems?.slice(0, 1) };
  };
  const body = (validUntil: string, securityStamp = 'KWS 0042117') => issuedBody({ ...boxes, validUntil, securityStamp }, { number: 'KE26-T3F-00001-O', today, official: 'Dalia M.' });

  it('defaults box 2 to the longest validity Art. VI allows', () => {
    expect(defaultValidUntil('export-permit', today)).toBe('2027-05-26');
    expect(defaultValidUntil('import-permit', today)).toBe('2027-11-26');
  });

  it('pass a complete permit, and report an error for a validity past Art. VI’s six months or a missing stamp', () => {
    expect(issueFindings(content(), body('2027-05-26'), checklist, 'KE', today, []).filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(issueFindings(content(), body('2027-05-27'), checklist, 'KE', today, []).map((finding) => finding.code)).toContain('art6.validity-too-long');
    expect(issueFindings(content(), body('2027-05-26', ' '), checklist, 'KE', today, []).map((finding) => finding.code)).toContain('issue.box-missing');
  });

  it('refuse issuing past the device’s quota share, counting what it issued already, and pass within it', () => {
    // The example's first line: 4 Balearica regulorum (taxon 4595), in specimens; the share is for 2026, the year of issue.
    const share = { taxonId: 4595, year: 2026, amount: 10 };
    const codes = (used: number) => issueFindings(content(), body('2027-05-26'), checklist, 'KE', today, [{ ...share, used }])
      .filter((finding) => finding.severity === 'error').map((finding) => finding.code);
    expect(codes(6)).toEqual([]);
    expect(codes(7)).toEqual(['quota.share-exceeded']);
    expect(issueFindings(content(), body('2027-05-26'), checklist, 'KE', today, [{ ...share, year: 2025, used: 0 }])
      .filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});
