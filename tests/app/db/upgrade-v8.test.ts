import { describe, expect, it } from 'vitest';
import { openHornbillDb } from '../../../src/app/db/database.ts';

describe('device database v8', () => {
  it('upgrades from v7 keeping the sync state, and adds the quota share tables empty', async () => {
    const name = 'hornbill-upgrade-v8';
    const v7 = openHornbillDb(name, 7);
    await v7.checkpoints.put({ treeSize: 3, note: 'note', rootHash: 'ab', receivedAt: 1, hqTime: 1 });
    await v7.permitNumberSequences.put({ device: 'T3F', year: 2026, last: 4 });
    v7.close();

    const v8 = openHornbillDb(name, 8);
    await v8.open();
    expect(v8.verno).toBe(8);
    expect(await v8.checkpoints.get(3)).toMatchObject({ note: 'note' });
    expect(await v8.permitNumberSequences.get(['T3F', 2026])).toMatchObject({ last: 4 });
    expect(await Promise.all([v8.quotaShares.count(), v8.quotaShareSet.count()])).toEqual([0, 0]);
    expect(v8.quotaShares.schema.primKey.keyPath).toEqual(['taxonId', 'year']);
    await v8.quotaShares.put({ taxonId: 4595, year: 2026, amount: 5, unit: null });
    expect(await v8.quotaShares.get([4595, 2026])).toEqual({ taxonId: 4595, year: 2026, amount: 5, unit: null });
    v8.close();
  });
});
