// The projection an ingest stores takes the batch's entries as the ingest decoded them and decodes only older
// ones from the log: after pushes arriving in any order, from several devices, each permit row must equal
// the rebuild of the whole log from its stored bytes (core/log/rebuild-permits.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBase64 } from '../../src/core/crypto/base64.ts';
import { decodeEntry } from '../../src/core/log/entry.ts';
import type { UnsignedEntry } from '../../src/core/log/entry-schema.ts';
import { rebuildPermits, sortIntoLogOrder } from '../../src/core/log/rebuild-permits.ts';
import type { Store } from '../../src/server/store/store.ts';
import type { LogDevice } from '../support/hq-log-fixture.ts';
import { testClock, type TestClock } from '../support/identity-fixture.ts';
import { hello, push, signEntry, type EntryAct } from '../support/sync-ingest-client.ts';
import { deviceOf, syncHq, type SyncHq } from '../support/sync-ingest-hq.ts';
import { testEngines, type FreshStore } from '../support/test-engines.ts';

const PERMITS = ['3f2b8c1e-7d4a-4e5f-9a6b-000000000001', '3f2b8c1e-7d4a-4e5f-9a6b-000000000002', '3f2b8c1e-7d4a-4e5f-9a6b-000000000003'] as const;
const MINUTE = 60_000;

/** Every permit row as the whole log, decoded from the stored bytes, rebuilds it. */
async function rebuiltFromLog(store: Store) {
  const rows = await store.db.selectFrom('log_entries').select(['leaf_index', 'bytes', 'permit']).orderBy('leaf_index').execute();
  const entries = rows.map((row): UnsignedEntry => {
    const decoded = decodeEntry(parseBase64(row.bytes) ?? new Uint8Array());
    if (!decoded.ok) throw new Error(`leaf ${row.leaf_index} does not decode`);
    return decoded.value.entry;
  });
  const { permits } = rebuildPermits(entries);
  return [...permits].map(([id, permit]) => {
    const own = entries.filter((entry) => entry.permit === id);
    return {
      id,
      number: permit.content.number ?? null,
      status: permit.status,
      document_type: permit.content.document?.type ?? null,
      origin_device: sortIntoLogOrder(own)[0]?.device,
      entry_count: own.length,
      content: JSON.parse(JSON.stringify(permit.content)) as unknown,
    };
  }).sort((a, b) => a.id.localeCompare(b.id));
}

async function storedPermits(store: Store) {
  const rows = await store.db.selectFrom('permits').select(['id', 'number', 'status', 'document_type', 'origin_device', 'entry_count', 'content']).orderBy('id').execute();
  return rows.map((row) => ({ ...row, content: JSON.parse(row.content) as unknown }));
}

describe.each(testEngines())('ingest projection on $engine', ({ skipReason, openFresh }) => {
  describe.skipIf(skipReason !== undefined)(skipReason ?? 'with a fresh database', () => {
    let fresh: FreshStore;
    let clock: TestClock;
    let hq: SyncHq;

    beforeEach(async () => {
      fresh = await openFresh();
      clock = testClock();
      hq = await syncHq(fresh.store, clock);
    });

    afterEach(async () => {
      await hq.app.close();
      await fresh.dispose();
    });

    const at = (minutes: number) => clock.now.getTime() + minutes * MINUTE;

    async function pushed(device: LogDevice, acts: readonly EntryAct[]): Promise<void> {
      const entries = [];
      for (const act of acts) entries.push((await signEntry(device, act)).bytes);
      const greeting = await hello(hq.app, device.code);
      if (greeting.message === undefined) throw new Error(`hello answered ${greeting.status}`);
      const reply = await push(hq.app, device, entries, { nonce: greeting.message.nonce, sentAt: clock.now.getTime() });
      expect(reply.message?.rejected).toEqual([]);
    }

    it('equals the rebuild of the whole log after batches spanning permits, devices and out-of-order arrivals', async () => {
      const [first, second, third] = PERMITS;
      const officer = await deviceOf(fresh.store, hq, 'olive', ['officer'], clock.now);
      const approver = await deviceOf(fresh.store, hq, 'abel', ['approver'], clock.now);
      const inspector = await deviceOf(fresh.store, hq, 'ines', ['inspector'], clock.now);
      const otherInspector = await deviceOf(fresh.store, hq, 'ivan', ['inspector'], clock.now);
      // One batch opens three permits; later batches extend them a few entries at a time.
      await pushed(officer, [
        { role: 'officer', action: 'requested', permit: first, at: at(1) },
        { role: 'officer', action: 'requested', permit: second, at: at(2) },
        { role: 'officer', action: 'processed', permit: first, at: at(3) },
        { role: 'officer', action: 'requested', permit: third, at: at(4) },
      ]);
      expect(await storedPermits(fresh.store)).toEqual(await rebuiltFromLog(fresh.store));
      await pushed(officer, [
        { role: 'officer', action: 'processed', permit: second, at: at(5) },
        { role: 'officer', action: 'processed', permit: third, at: at(6) },
      ]);
      await pushed(approver, [
        { role: 'approver', action: 'approved', permit: first, at: at(7) },
        { role: 'approver', action: 'issued', permit: first, at: at(8) },
        { role: 'approver', action: 'approved', permit: second, at: at(9) },
        { role: 'approver', action: 'issued', permit: second, at: at(10) },
      ]);
      expect(await storedPermits(fresh.store)).toEqual(await rebuiltFromLog(fresh.store));
      // Offline acts arriving late: an endorsement made after a cancellation HQ receives afterwards, and two endorsements.
      await pushed(inspector, [
        { role: 'inspector', action: 'endorsed', permit: first, at: at(30) },
        { role: 'inspector', action: 'endorsed', permit: second, at: at(31) },
      ]);
      await pushed(approver, [{ role: 'approver', action: 'cancelled', permit: first, at: at(20) }]);
      await pushed(otherInspector, [{ role: 'inspector', action: 'endorsed', permit: second, at: at(25) }]);
      const stored = await storedPermits(fresh.store);
      expect(stored).toEqual(await rebuiltFromLog(fresh.store));
      expect(stored.map(({ status, entry_count }) => [status, entry_count])).toEqual([['cancelled', 6], ['endorsed', 6], ['processed', 2]]);
      const alerts = await fresh.store.db.selectFrom('alerts').select(['kind', 'subject']).orderBy('kind').execute();
      expect(alerts).toEqual([{ kind: 'act-after-cancellation', subject: first }, { kind: 'double-endorsement', subject: second }]);
    });
  });
});
