// @vitest-environment node
// Node, not jsdom: see record-permit-act.test.ts.
import { describe, expect, it } from 'vitest';
import { readAuditTrail } from '../../../src/app/log/permit-audit-trail.ts';
import { screenActBody } from '../../../src/app/log/screen-act-body.ts';
import { toHex } from '../../../src/core/crypto/bytes.ts';
import { permitDraftSchema } from '../../../src/core/permit/model/permit-draft.ts';
import { PERMIT_ID, T0 } from '../../core/log/audit-log-fixtures.ts';
import { applicationContent } from '../../core/log/permit-act-fixtures.ts';
import { deviceWithLog, LOG_USER } from './device-log-fixture.ts';

describe('readAuditTrail', () => {
  it('lists the permit’s entries in log order, each verified against the stored certificates', async () => {
    const { db, chain } = await deviceWithLog(3);
    const last = chain[2];
    if (last === undefined) throw new Error('fixture');
    const forged = Uint8Array.from(last.bytes);
    forged[forged.length - 1] = (forged[forged.length - 1] ?? 0) ^ 1;
    await db.entries.update(toHex(last.id), { bytes: forged });
    const trail = await readAuditTrail(db, PERMIT_ID);
    expect(trail.rows.map((row) => [row.actor, row.role, row.action, row.wallTime, row.hlc.wallMs, row.verified])).toEqual([
      [LOG_USER, 'officer', 'altered', T0, T0, true],
      [LOG_USER, 'officer', 'altered', T0 + 60_000, T0 + 60_000, true],
      [LOG_USER, 'officer', 'altered', T0 + 120_000, T0 + 120_000, false],
    ]);
    // Alterations of a permit whose application is not on this device project to nothing.
    expect(trail.permit).toBeUndefined();
    db.close();
  });
});

describe('screenActBody', () => {
  it('carries the application at submit, the reason at reject and cancel, nothing otherwise', () => {
    const content = permitDraftSchema.parse({ ...applicationContent(PERMIT_ID), status: 'draft', specialConditions: undefined });
    const submit = screenActBody('submit', content, '');
    expect(submit['content']).toEqual(expect.objectContaining({ id: PERMIT_ID, purpose: 'T' }));
    expect(Object.keys(submit['content'] ?? {})).not.toContain('status');
    expect(screenActBody('reject', content, 'no import permit')).toEqual({ reason: 'no import permit' });
    expect(screenActBody('approve', content, 'ignored')).toEqual({});
  });
});
