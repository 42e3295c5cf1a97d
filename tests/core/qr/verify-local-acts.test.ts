// Acts in the device's own log count in the verdict at once: endorsed, cancelled or replaced here → invalid,
// saying when, where (for an endorsement) and by whom; acts on other permits, or none, change nothing.
import { describe, expect, it } from 'vitest';
import { judgeLocalActs, type LocalPermitAct } from '../../../src/core/qr/verify-local-acts.ts';
import { verifyPermitQr } from '../../../src/core/qr/verify-permit-qr.ts';
import { claimsOf, oneLineItemPermit } from './qr-fixture.ts';
import { context, HOUR, keCertificate, signedQr } from './verify-fixture.ts';

const permit = oneLineItemPermit();
const claims = claimsOf(permit);
const AT = Date.UTC(2026, 10, 24, 9, 5);
const by = { actor: 'Amina Wekesa', device: 'T3F' };

const endorsed: LocalPermitAct = { permitId: permit.id, action: 'endorsed', at: AT, port: 'Mombasa', ...by };
const cancelled: LocalPermitAct = { permitId: permit.id, action: 'cancelled', at: AT, ...by };
const replaced: LocalPermitAct = { permitId: permit.id, action: 'replaced', at: AT, ...by };

describe('judgeLocalActs', () => {
  it('gives no reason when the device holds no act on the permit', () => {
    expect(judgeLocalActs(claims, [])).toEqual([]);
  });

  it('ignores acts on other permits', () => {
    expect(judgeLocalActs(claims, [{ ...endorsed, permitId: '0b7d5c3e-1a2f-4e6d-8c9b-7a6f5e4d3c2b' }])).toEqual([]);
  });

  it('says an endorsed permit was already endorsed, with when, where and by whom, in the three languages', () => {
    const [reason, ...others] = judgeLocalActs(claims, [endorsed]);
    expect(others).toEqual([]);
    expect(reason).toMatchObject({ code: 'status.endorsed', severity: 'error' });
    expect(reason?.message.en).toBe(
      'This permit was already endorsed on 2026-11-24 09:05 UTC at Mombasa by Amina Wekesa (device T3F), as this device’s log records: it may not be used for another shipment.',
    );
    for (const language of ['fr', 'es'] as const) {
      expect(reason?.message[language]).toContain('2026-11-24 09:05 UTC');
      expect(reason?.message[language]).toContain('Mombasa');
      expect(reason?.message[language]).toContain('Amina Wekesa');
      expect(reason?.message[language]).toContain('T3F');
    }
  });

  it('names the first endorsement when there are two', () => {
    const later = { ...endorsed, at: AT + HOUR, port: 'Nairobi JKIA', actor: 'Baraka O.' };
    const [reason] = judgeLocalActs(claims, [later, endorsed]);
    expect(reason?.message.en).toContain('at Mombasa by Amina Wekesa');
  });

  it('says when and by whom a permit was cancelled or replaced', () => {
    expect(judgeLocalActs(claims, [cancelled]).map((reason) => [reason.code, reason.message.en])).toEqual([
      ['status.cancelled', 'This permit was cancelled on 2026-11-24 09:05 UTC by Amina Wekesa (device T3F), as this device’s log records.'],
    ]);
    const [reason] = judgeLocalActs(claims, [replaced]);
    expect(reason).toMatchObject({ code: 'status.replaced', severity: 'error' });
    expect(reason?.message.en).toContain('replaced by another on 2026-11-24 09:05 UTC by Amina Wekesa (device T3F)');
  });

  it('gives one reason per kind of act held', () => {
    expect(judgeLocalActs(claims, [replaced, endorsed, cancelled]).map((reason) => reason.code)).toEqual(['status.endorsed', 'status.cancelled', 'status.replaced']);
  });
});

describe('verifyPermitQr with the device’s own acts', () => {
  it('turns a genuine, fresh permit endorsed on this device red', async () => {
    const qr = await signedQr(permit);
    expect((await verifyPermitQr(qr, context())).verdict).toBe('valid');
    const verdict = await verifyPermitQr(qr, context({ localActs: [endorsed] }));
    expect(verdict.verdict).toBe('invalid');
    expect(verdict.reasons.map((reason) => reason.code)).toEqual(['status.endorsed']);
  });

  it('does not count a local act against a forged QR (only the signature is reported)', async () => {
    // The listed kid, another key: the signature does not hold.
    const qr = await signedQr(permit, { seed: new Uint8Array(32).fill(9), kid: keCertificate.kid });
    const verdict = await verifyPermitQr(qr, context({ localActs: [endorsed] }));
    expect(verdict.reasons.map((reason) => reason.code)).toEqual(['verify.signature']);
  });
});
