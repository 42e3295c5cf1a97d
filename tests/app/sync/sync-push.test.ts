// @vitest-environment node
// Node, not jsdom: under jsdom, typed arrays made by Node APIs fail `instanceof Uint8Array` (see record-permit-act.test.ts).
import { describe, expect, it } from 'vitest';
import { CLIENT_PUSH_BATCH_BYTES } from '../../../src/core/sync/limits.ts';
import { pendingEntries } from '../../../src/app/sync/own-entries.ts';
import { runSync } from '../../../src/app/sync/run-sync.ts';
import { readSyncState } from '../../../src/app/sync/sync-state.ts';
import { OWN, syncWorld } from './sync-fixture.ts';

describe('push', () => {
  it('stores a verified receipt with every entry and leaves nothing pending', async () => {
    const world = await syncWorld();
    const ids = await world.submitOwn(3);
    expect((await pendingEntries(world.db, OWN)).toPush).toHaveLength(3);

    const result = await runSync(world.context());

    expect(result).toMatchObject({ ok: true, pushed: 3 });
    expect((await world.db.receipts.toArray()).map((receipt) => receipt.entryId).sort()).toEqual([...ids].sort());
    expect((await pendingEntries(world.db, OWN)).toPush).toHaveLength(0);
    const checkpoint = await world.db.checkpoints.get(3);
    expect(checkpoint).toMatchObject({ treeSize: 3, hqTime: world.clock + 1_000 });
    expect(await readSyncState(world.db)).toMatchObject({ lastSuccessAt: world.clock, lastError: null, clockSkewMs: 1_000 });
  });

  it('sends batches within 64 KiB of entries, oldest first, until nothing is pending', async () => {
    const world = await syncWorld();
    const ids = await world.submitOwn(90);
    const sizes = new Map((await world.db.entries.toArray()).map((entry) => [entry.id, entry.bytes.length]));
    await runSync(world.context());
    expect(world.hq.pushes.length).toBeGreaterThan(1);
    for (const batch of world.hq.pushes) {
      expect(batch.reduce((sum, id) => sum + (sizes.get(id) ?? 0), 0)).toBeLessThanOrEqual(CLIENT_PUSH_BATCH_BYTES);
    }
    expect(world.hq.pushes.flat()).toEqual(ids);
    expect(await world.db.receipts.count()).toBe(90);
  }, 30_000);

  it('after a cut that lost HQ’s answer, the retry gets the receipts and HQ holds no duplicate', async () => {
    const world = await syncWorld();
    const ids = await world.submitOwn(2);
    world.hq.faults.push.push({ kind: 'lose-answer' });

    const cut = await runSync(world.context());
    expect(cut).toMatchObject({ ok: false, problem: { code: 'network', next: 'backoff' } });
    expect(await world.db.receipts.count()).toBe(0);
    expect(world.hq.log).toHaveLength(2);

    const retry = await runSync(world.context());
    expect(retry).toMatchObject({ ok: true, pushed: 2 });
    expect(world.hq.log.map((entry) => entry.id)).toEqual(ids);
    expect(await world.db.receipts.count()).toBe(2);
  });

  it('a connection cut in the middle of the answer stores nothing and the retry completes', async () => {
    const world = await syncWorld();
    await world.submitOwn(1);
    world.hq.faults.push.push({ kind: 'cut-answer' });
    expect(await runSync(world.context())).toMatchObject({ ok: false, problem: { code: 'network' } });
    expect(await world.db.receipts.count()).toBe(0);
    expect(await runSync(world.context())).toMatchObject({ ok: true, pushed: 1 });
  });

  it('keeps a refused entry with its reason and does not push it again', async () => {
    const world = await syncWorld();
    const [first, second] = await world.submitOwn(2);
    world.hq.refuse.set(first ?? '', 'key.not-valid');

    const result = await runSync(world.context());
    expect(result.ok).toBe(true);
    const state = await readSyncState(world.db);
    expect(state.rejected.map(({ entryId, code }) => ({ entryId, code }))).toEqual([
      { entryId: first, code: 'key.not-valid' },
      { entryId: second, code: 'chain.after-rejected' },
    ]);
    expect(await world.db.receipts.count()).toBe(0);
    expect(await pendingEntries(world.db, OWN)).toMatchObject({ toPush: [], unreceipted: 2, rejected: 2 });

    await runSync(world.context());
    expect(world.hq.pushes).toHaveLength(1);
  });

  it('refuses a receipt whose inclusion proof does not lead to the checkpoint: nothing stored, error kept', async () => {
    const world = await syncWorld();
    await world.submitOwn(3);
    world.hq.tamper = 'bad-proof';
    const result = await runSync(world.context());
    expect(result).toMatchObject({ ok: false, problem: { code: 'receipt-refused', next: 'never' } });
    expect(await world.db.receipts.count()).toBe(0);
    expect(await world.db.checkpoints.count()).toBe(0);
    expect((await readSyncState(world.db)).lastError).toMatchObject({ code: 'receipt-refused' });
  });

  it('refuses a checkpoint not signed by the log key the root key vouched for', async () => {
    const world = await syncWorld();
    await world.submitOwn(1);
    world.hq.tamper = 'foreign-log-key';
    const result = await runSync(world.context());
    expect(result).toMatchObject({ ok: false, problem: { code: 'checkpoint-refused' } });
    expect(await world.db.receipts.count()).toBe(0);
    expect(await world.db.checkpoints.count()).toBe(0);
  });

  it('halves the batch when HQ answers 413', async () => {
    const world = await syncWorld();
    await world.submitOwn(4);
    world.hq.faults.push.push({ kind: 'status', status: 413, code: 'sync.too-large' });
    const result = await runSync(world.context());
    expect(result).toMatchObject({ ok: true, pushed: 4 });
    expect(world.hq.pushes.map((batch) => batch.length)).toEqual([2, 2]);
  });

  it('says hello again once when the nonce expired, then stops if it is refused again', async () => {
    const world = await syncWorld();
    await world.submitOwn(1);
    world.hq.faults.push.push({ kind: 'status', status: 401, code: 'sync.nonce-expired' });
    expect(await runSync(world.context())).toMatchObject({ ok: true, pushed: 1 });

    await world.submitOwn(1);
    world.hq.faults.push.push({ kind: 'status', status: 401, code: 'sync.nonce-expired' }, { kind: 'status', status: 401, code: 'sync.nonce-expired' });
    expect(await runSync(world.context())).toMatchObject({ ok: false, problem: { code: 'nonce-expired', next: 'never' } });
  });

  it('stops on a revoked device and an unreachable HQ is retried later', async () => {
    const world = await syncWorld();
    world.hq.faults.hello.push({ kind: 'status', status: 403, code: 'sync.device-revoked' });
    expect(await runSync(world.context())).toMatchObject({ ok: false, problem: { code: 'device-revoked', next: 'never' } });
    world.hq.faults.hello.push({ kind: 'cut-request' });
    expect(await runSync(world.context())).toMatchObject({ ok: false, problem: { code: 'network', next: 'backoff' } });
    world.hq.faults.hello.push({ kind: 'status', status: 503, code: 'sync.unavailable' });
    expect(await runSync(world.context())).toMatchObject({ ok: false, problem: { code: 'hq-unavailable', next: 'backoff' } });
  });
});
