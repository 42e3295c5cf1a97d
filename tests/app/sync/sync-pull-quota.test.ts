// @vitest-environment node
// Node, not jsdom: under jsdom, typed arrays made by Node APIs fail `instanceof Uint8Array` (see record-permit-act.test.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runSync } from '../../../src/app/sync/run-sync.ts';
import { readSyncState } from '../../../src/app/sync/sync-state.ts';
import type { HornbillDb } from '../../../src/app/db/database.ts';
import { syncWorld } from './sync-fixture.ts';

afterEach(() => vi.restoreAllMocks());

async function held(db: HornbillDb) {
  return {
    shares: await db.quotaShares.toArray(),
    set: await db.quotaShareSet.get('device'),
  };
}

describe('pull of quota shares', () => {
  it('stores the set HQ sends, names its version at the next pull, and replaces it wholesale with a newer one', async () => {
    const world = await syncWorld();
    world.hq.quotaShares = { version: 2, shares: [{ taxonId: 4595, year: 2026, amount: 5, unit: null }, { taxonId: 4465, year: 2026, amount: 1.5, unit: 'KGM' }] };
    expect(await runSync(world.context())).toMatchObject({ ok: true });
    expect(await held(world.db)).toEqual({
      shares: [{ taxonId: 4465, year: 2026, amount: 1.5, unit: 'KGM' }, { taxonId: 4595, year: 2026, amount: 5, unit: null }],
      set: { id: 'device', version: 2, receivedAt: expect.any(Number) as unknown },
    });

    // Same version at HQ: the device said it holds 2, so HQ sends nothing and what it holds stays.
    world.hq.quotaShares = { version: 2, shares: [] };
    expect(await runSync(world.context())).toMatchObject({ ok: true });
    expect((await held(world.db)).shares).toHaveLength(2);

    // A newer set replaces the held one: a share HQ removed is gone.
    world.hq.quotaShares = { version: 3, shares: [{ taxonId: 4595, year: 2026, amount: 8, unit: null }] };
    expect(await runSync(world.context())).toMatchObject({ ok: true });
    expect(await held(world.db)).toMatchObject({ shares: [{ taxonId: 4595, year: 2026, amount: 8, unit: null }], set: { version: 3 } });
  });

  it('stores them in the pull’s one transaction: a failure after them leaves the shares and the cursor as they were', async () => {
    const world = await syncWorld();
    await world.otherDeviceSubmits(1);
    world.hq.quotaShares = { version: 1, shares: [{ taxonId: 4595, year: 2026, amount: 5, unit: null }] };
    vi.spyOn(world.db.checkpoints, 'add').mockRejectedValueOnce(new Error('disk on fire'));

    expect(await runSync(world.context())).toMatchObject({ ok: false, problem: { code: 'storage-failed' } });
    expect(await held(world.db)).toEqual({ shares: [], set: undefined });
    expect((await readSyncState(world.db)).pullCursor).toBe(0);

    vi.restoreAllMocks();
    expect(await runSync(world.context())).toMatchObject({ ok: true, pulled: 1 });
    expect(await held(world.db)).toMatchObject({ shares: [{ taxonId: 4595 }], set: { version: 1 } });
  });
});
