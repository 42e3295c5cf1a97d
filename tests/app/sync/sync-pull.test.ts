// @vitest-environment node
// Node, not jsdom: under jsdom, typed arrays made by Node APIs fail `instanceof Uint8Array` (see record-permit-act.test.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { trustListRow } from '../../../src/app/auth/trust-lists.ts';
import { isVisibleTo } from '../../../src/app/db/permit-visibility.ts';
import { runSync } from '../../../src/app/sync/run-sync.ts';
import { readSyncState } from '../../../src/app/sync/sync-state.ts';
import type { HornbillDb } from '../../../src/app/db/database.ts';
import { toHex } from '../../../src/core/crypto/bytes.ts';
import { OTHER, syncWorld, T0 } from './sync-fixture.ts';

afterEach(() => vi.restoreAllMocks());

async function snapshot(db: HornbillDb) {
  return {
    entries: await db.entries.count(),
    permits: await db.permits.count(),
    statusLists: await db.statusLists.count(),
    trustLists: await db.trustLists.count(),
    checkpoints: await db.checkpoints.toArray(),
    cursor: (await readSyncState(db)).pullCursor,
  };
}

describe('pull', () => {
  it('stores other devices’ entries, their permits, the lists, the checkpoint and the cursor', async () => {
    const world = await syncWorld();
    const pulled = await world.otherDeviceSubmits(3);
    await world.publishLists(2);

    const result = await runSync(world.context());

    expect(result).toMatchObject({ ok: true, pulled: 3, refused: [] });
    const held = await world.db.entries.where('device').equals(OTHER).toArray();
    expect(held.map((entry) => entry.id).sort()).toEqual(pulled.map((signed) => toHex(signed.id)).sort());
    const permits = await world.db.permits.toArray();
    expect(permits).toHaveLength(3);
    // Submitted on the other device: every user of this device sees them.
    expect(permits.every((permit) => permit.status === 'requested' && permit.userId === 'baraka' && isVisibleTo(permit, 'amina'))).toBe(true);
    expect(await world.db.statusLists.toArray()).toMatchObject([{ party: 'KE', version: 2, checkedAt: world.clock }]);
    expect((await world.db.trustLists.toArray()).map((row) => row.version)).toEqual([1, 2]);
    expect(await world.db.checkpoints.toArray()).toMatchObject([{ treeSize: 3, hqTime: world.clock + 1_000 }]);
    expect((await readSyncState(world.db)).pullCursor).toBe(3);
  });

  it('marks a user HQ removed on this device, in the pull’s transaction, so that they can no longer sign in', async () => {
    const world = await syncWorld();
    const removedAt = world.clock - 60_000;
    world.hq.users = [{ id: 'amina', removedAt }, { id: 'not-on-this-device', removedAt }];
    expect(await runSync(world.context())).toMatchObject({ ok: true });
    expect((await world.db.accounts.get('amina'))?.removedAt).toBe(removedAt);
    expect(await world.db.accounts.count()).toBe(1);
  });

  it('pulls again while HQ has more, and ignores entries it holds', async () => {
    const world = await syncWorld({ pullPage: 2 });
    await world.otherDeviceSubmits(5);
    expect(await runSync(world.context())).toMatchObject({ ok: true, pulled: 5 });
    expect(world.hq.pulls).toEqual([0, 2, 4]);
    expect(await world.db.entries.count()).toBe(5);

    // Pulled again from the start (a cursor reset): the entries held are ignored, nothing doubles.
    await world.db.syncState.update('device', { pullCursor: 0 });
    expect(await runSync(world.context())).toMatchObject({ ok: true, pulled: 0 });
    expect(await world.db.entries.count()).toBe(5);
  });

  it('a lost answer stores nothing and leaves the cursor', async () => {
    const world = await syncWorld();
    await world.otherDeviceSubmits(2);
    world.hq.faults.pull.push({ kind: 'lose-answer' });
    expect(await runSync(world.context())).toMatchObject({ ok: false, problem: { code: 'network' } });
    expect((await readSyncState(world.db)).pullCursor).toBe(0);
    expect(await world.db.entries.count()).toBe(0);
  });

  it('moves this device’s clock past the entries it pulled, so its next act sorts after them', async () => {
    const world = await syncWorld();
    const [pulled] = await world.otherDeviceSubmits(1);
    if (pulled === undefined) throw new Error('fixture');
    expect(await runSync(world.context())).toMatchObject({ ok: true, pulled: 1 });
    // This device's wall clock (T0) is behind the pulled act (T0 + 1 s): the act recorded here still follows it.
    const [ownId] = await world.submitOwn(1);
    const own = await world.db.entries.get(ownId ?? '');
    expect(own?.hlc).toEqual({ wallMs: T0 + 60_000, counter: 1 });
    expect(own?.seq).toBe(0);
  });

  it('a failure inside the transaction leaves cursor, entries, permits, lists and checkpoints as they were', async () => {
    const world = await syncWorld();
    await world.otherDeviceSubmits(2);
    await world.publishLists(2);
    const before = await snapshot(world.db);
    vi.spyOn(world.db.permits, 'put').mockRejectedValueOnce(new Error('disk on fire'));

    const result = await runSync(world.context());

    expect(result).toMatchObject({ ok: false, problem: { code: 'storage-failed' } });
    expect(await snapshot(world.db)).toEqual(before);
    expect((await readSyncState(world.db)).lastError).toMatchObject({ code: 'storage-failed' });
    vi.restoreAllMocks();
    expect(await runSync(world.context())).toMatchObject({ ok: true, pulled: 2 });
  });

  it('an answer cut mid-way stores nothing; the next run pulls the same entries', async () => {
    const world = await syncWorld();
    await world.otherDeviceSubmits(2);
    const before = await snapshot(world.db);
    world.hq.faults.pull.push({ kind: 'cut-answer' });
    expect(await runSync(world.context())).toMatchObject({ ok: false, problem: { code: 'network', next: 'backoff' } });
    expect(await snapshot(world.db)).toEqual(before);
    expect(await runSync(world.context())).toMatchObject({ ok: true, pulled: 2 });
  });

  it('raises and keeps the alarm when HQ’s log does not extend the one this device saw', async () => {
    const world = await syncWorld();
    await world.otherDeviceSubmits(2);
    expect(await runSync(world.context())).toMatchObject({ ok: true });
    await world.otherDeviceSubmits(2);
    world.hq.tamper = 'bad-consistency';
    const before = await snapshot(world.db);

    const result = await runSync(world.context());

    expect(result).toMatchObject({ ok: false, problem: { code: 'log-not-extended' } });
    expect(await snapshot(world.db)).toEqual(before);
    const state = await readSyncState(world.db);
    expect(state.alarm).toMatchObject({ code: 'log-not-extended' });
    world.hq.tamper = null;
    expect(await runSync(world.context())).toMatchObject({ ok: true });
    expect((await readSyncState(world.db)).alarm).toMatchObject({ code: 'log-not-extended' });
  });

  it('raises the alarm when HQ’s tree is smaller than the newest checkpoint held', async () => {
    const world = await syncWorld();
    await world.otherDeviceSubmits(1);
    const held = { treeSize: 5, note: 'x', rootHash: '00'.repeat(32), receivedAt: 0, hqTime: 0 };
    await world.db.checkpoints.add(held);
    expect(await runSync(world.context())).toMatchObject({ ok: false, problem: { code: 'log-not-extended' } });
    expect(await world.db.entries.count()).toBe(0);
  });

  it('does not store an entry whose signature fails, and reports it', async () => {
    const world = await syncWorld();
    const [good, bad] = await world.otherDeviceSubmits(2);
    const logged = world.hq.log[1];
    if (good === undefined || bad === undefined || logged === undefined) throw new Error('fixture');
    const tampered = Uint8Array.from(bad.bytes);
    tampered[tampered.length - 1] = (tampered[tampered.length - 1] ?? 0) ^ 1;
    world.hq.log[1] = { ...logged, bytes: tampered };

    const result = await runSync(world.context());

    expect(result).toMatchObject({ ok: true, pulled: 1 });
    expect(result.ok && result.refused[0]).toMatch(/log entry 1: the signature does not verify/);
    expect(await world.db.entries.count()).toBe(1);
    expect((await readSyncState(world.db)).lastError).toMatchObject({ code: 'pulled-entry-refused' });
  });

  it('takes a trust list stored meanwhile by the trust list pull as the one HQ sent', async () => {
    const world = await syncWorld();
    await world.otherDeviceSubmits(1);
    await world.publishLists(2);
    const { version, bytes } = world.hq.trustList;
    const fetchStoringTheListFirst: typeof fetch = async (input, init) => {
      const answer = await world.hq.fetch(input, init);
      if (String(input).endsWith('/pull')) await world.db.trustLists.put(trustListRow({ party: 'KE', version, issuedAt: T0 }, bytes, '"v2"', new Date(T0)));
      return answer;
    };
    expect(await runSync(world.context({ fetch: fetchStoringTheListFirst }))).toMatchObject({ ok: true, pulled: 1 });
    expect(await world.db.trustLists.get(['KE', 2])).toMatchObject({ etag: '"v2"' });
  });

  it('refuses a status list not signed by the root key: nothing of the pull is stored', async () => {
    const world = await syncWorld();
    await world.otherDeviceSubmits(1);
    await world.publishLists(2);
    const list = world.hq.statusList;
    if (list === null) throw new Error('fixture');
    list.bytes = Uint8Array.from(list.bytes);
    list.bytes[list.bytes.length - 1] = (list.bytes[list.bytes.length - 1] ?? 0) ^ 1;
    const before = await snapshot(world.db);
    expect(await runSync(world.context())).toMatchObject({ ok: false, problem: { code: 'list-refused' } });
    expect(await snapshot(world.db)).toEqual(before);
  });
});

