// @vitest-environment node
// Node, not jsdom: signing and verifying need typed arrays that pass `instanceof Uint8Array` (see tests/app/log).
// The verdict as the tablet gives it: with the lists it holds and its own log.
import { afterEach, describe, expect, it } from 'vitest';
import type { HornbillDb } from '../../../src/app/db/database.ts';
import { verifyOnDevice } from '../../../src/app/inspect/verify-on-device.ts';
import { recordEndorsement } from '../../../src/app/log/record-endorsement.ts';
import { calendarDateSchema } from '../../../src/core/permit/calendar-date.ts';
import { claimsOf, oneLineItemPermit } from '../../core/qr/qr-fixture.ts';
import { signedQr } from '../../core/qr/verify-fixture.ts';
import { holdStatusList, HOUR, inspector, INSPECTOR_NAME, inspectorDevice, NOW } from './inspect-world.ts';

const permit = oneLineItemPermit();
const claims = claimsOf(permit);
const qr = await signedQr(permit);
const OTHER_ROOT = new Uint8Array(32).fill(3);

let db: HornbillDb;
afterEach(() => db.close());

function codes(reasons: readonly { code: string }[]): string[] {
  return reasons.map((reason) => reason.code);
}

describe('verifyOnDevice', () => {
  it('is amber for a genuine QR while no status list of the issuing Party is held', async () => {
    db = await inspectorDevice();
    const { verdict, listsCheckedAt, qrText } = await verifyOnDevice(db, `  ${qr}\n`, NOW, 'KE');
    expect(verdict.verdict).toBe('warning');
    expect(codes(verdict.reasons)).toEqual(['status.unavailable']);
    expect(listsCheckedAt).toBe(NOW - HOUR);
    expect(qrText).toBe(qr);
  });

  it('is green for a genuine QR with a fresh status list of its Party that does not list it', async () => {
    db = await inspectorDevice();
    await holdStatusList(db, [{ permitNumber: 'KE26-T3F-00041-S', status: 'cancelled', at: NOW - 5 * HOUR }], NOW - 2 * HOUR);
    const { verdict, listsCheckedAt } = await verifyOnDevice(db, qr, NOW, 'KE');
    expect(codes(verdict.reasons)).toEqual([]);
    expect(verdict.verdict).toBe('valid');
    // The oldest confirmation among the lists used: the status list's, older than the trust list's.
    expect(listsCheckedAt).toBe(NOW - 2 * HOUR);
  });

  it('warns when the device clock is behind HQ’s time at the newest checkpoint held, and not otherwise', async () => {
    db = await inspectorDevice();
    await holdStatusList(db, [], NOW - 2 * HOUR);
    const checkpoint = { note: 'hornbill.ke/log\n1\n', rootHash: '00', receivedAt: NOW - HOUR };
    await db.checkpoints.put({ ...checkpoint, treeSize: 1, hqTime: NOW - HOUR });
    expect((await verifyOnDevice(db, qr, NOW, 'KE')).verdict.verdict).toBe('valid');
    await db.checkpoints.put({ ...checkpoint, treeSize: 2, hqTime: NOW + 3 * HOUR });
    const behind = await verifyOnDevice(db, qr, NOW, 'KE');
    expect(codes(behind.verdict.reasons)).toEqual(['clock.behind-checkpoint']);
    expect(behind.verdict.verdict).toBe('warning');
  });

  it('uses the newest status list held, which lists the permit as cancelled', async () => {
    db = await inspectorDevice();
    await holdStatusList(db, [], NOW - HOUR, 1);
    await holdStatusList(db, [{ permitNumber: claims.number, status: 'cancelled', at: NOW - 3 * HOUR }], NOW - HOUR, 2);
    const { verdict } = await verifyOnDevice(db, qr, NOW, 'KE');
    expect(verdict.verdict).toBe('invalid');
    expect(codes(verdict.reasons)).toEqual(['status.cancelled']);
  });

  it('ignores a status list that does not verify against the Party’s trust list (amber, not green)', async () => {
    db = await inspectorDevice();
    await holdStatusList(db, [], NOW - HOUR, 1, OTHER_ROOT);
    const { verdict, listsCheckedAt } = await verifyOnDevice(db, qr, NOW, 'KE');
    expect(codes(verdict.reasons)).toEqual(['status.unavailable']);
    expect(listsCheckedAt).toBe(NOW - HOUR);
  });

  it('warns that the lists are stale when the status list was last confirmed more than a day ago', async () => {
    db = await inspectorDevice();
    await holdStatusList(db, [], NOW - 30 * HOUR);
    const { verdict } = await verifyOnDevice(db, qr, NOW, 'KE');
    expect(codes(verdict.reasons)).toEqual(['lists.stale']);
  });

  it('says "already endorsed", with when, where and by whom, once the permit is endorsed on this device', async () => {
    db = await inspectorDevice();
    await holdStatusList(db, [], NOW - HOUR);
    const endorsedAt = NOW - 10 * 60_000;
    const endorsement = { actualQuantities: [3], port: 'Mombasa', date: calendarDateSchema.parse('2026-11-24'), inspector: INSPECTOR_NAME, billOfLading: 'MSKU 1234567' };
    const recorded = await recordEndorsement(db, inspector, claims, endorsement, endorsedAt);
    expect(recorded.ok).toBe(true);
    const { verdict } = await verifyOnDevice(db, qr, NOW, 'KE');
    expect(verdict.verdict).toBe('invalid');
    expect(codes(verdict.reasons)).toEqual(['status.endorsed']);
    expect(verdict.reasons[0]?.message.en).toBe(
      `This permit was already endorsed on 2026-11-24 09:50 UTC at Mombasa by ${INSPECTOR_NAME} (device P7Q), as this device’s log records: it may not be used for another shipment.`,
    );
  });

  it('names the actor by id when the device does not know the user', async () => {
    db = await inspectorDevice();
    await db.accounts.clear();
    const endorsement = { actualQuantities: [4], port: 'Mombasa', date: calendarDateSchema.parse('2026-11-24'), inspector: 'I. N.', billOfLading: null };
    expect((await recordEndorsement(db, inspector, claims, endorsement, NOW - 60_000)).ok).toBe(true);
    const { verdict } = await verifyOnDevice(db, qr, NOW, 'KE');
    expect(verdict.reasons.find((reason) => reason.code === 'status.endorsed')?.message.en).toContain(`by ${inspector.userId} (device P7Q)`);
  });
});
