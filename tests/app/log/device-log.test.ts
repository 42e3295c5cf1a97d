// @vitest-environment node
// Node, not jsdom: see record-permit-act.test.ts.
import { describe, expect, it } from 'vitest';
import { exportThisDeviceLog, verifyThisDeviceLog } from '../../../src/app/log/device-log.ts';
import { toHex } from '../../../src/core/crypto/bytes.ts';
import { decodeDeviceLogExport } from '../../../src/core/log/device-log-export.ts';
import { T0 } from '../../core/log/audit-log-fixtures.ts';
import { deviceWithLog } from './device-log-fixture.ts';

describe('this device’s log', () => {
  it('verifies with the stored certificates, reporting progress', async () => {
    const { db } = await deviceWithLog(3);
    const progress: number[] = [];
    expect(await verifyThisDeviceLog(db, 'T3F', (verified) => void progress.push(verified))).toMatchObject({ ok: true, count: 3 });
    expect(progress).toEqual([3]);
    db.close();
  });

  it('names the first altered entry', async () => {
    const { db, chain } = await deviceWithLog(3);
    const second = chain[1];
    if (second === undefined) throw new Error('fixture');
    const altered = Uint8Array.from(second.bytes);
    altered[120] = (altered[120] ?? 0) ^ 1;
    await db.entries.update(toHex(second.id), { bytes: altered });
    expect(await verifyThisDeviceLog(db, 'T3F', () => undefined)).toMatchObject({ ok: false, index: 1 });
    db.close();
  });

  it('finds an entry removed from the end, by the chain head', async () => {
    const { db, chain } = await deviceWithLog(3);
    await db.entries.delete(toHex(chain[2]?.id ?? new Uint8Array()));
    expect(await verifyThisDeviceLog(db, 'T3F', () => undefined)).toMatchObject({ ok: false, index: 2, error: { code: 'chain.truncated' } });
    db.close();
  });

  it('refuses entries when no account holds their certificate', async () => {
    const { db } = await deviceWithLog(2);
    await db.accounts.clear();
    expect(await verifyThisDeviceLog(db, 'T3F', () => undefined)).toMatchObject({ ok: false, index: 0, error: { code: 'key.not-valid' } });
    db.close();
  });

  it('exports the JSON Lines file an auditor verifies', async () => {
    const { db, chain } = await deviceWithLog(2);
    const decoded = decodeDeviceLogExport(await exportThisDeviceLog(db, 'T3F', T0 + 3_600_000));
    expect(decoded.ok && decoded.value).toMatchObject({
      device: 'T3F',
      exportedAt: T0 + 3_600_000,
      head: { seq: 1, id: chain[1]?.id },
      entries: chain.map((entry) => entry.bytes),
      trustList: null,
    });
    expect(decoded.ok && decoded.value.certificates).toHaveLength(1);
    db.close();
  });
});
