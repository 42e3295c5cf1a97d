import { describe, expect, it } from 'vitest';
import { openHornbillDb } from '../../../src/app/db/database.ts';

describe('device database v7', () => {
  it('upgrades from v6 keeping the log, and adds the sync tables empty', async () => {
    const name = 'hornbill-upgrade-v7';
    const v6 = openHornbillDb(name, 6);
    await v6.chainHeads.put({ device: 'T3F', nextSeq: 2, prev: new Uint8Array(32), hlc: null });
    await v6.permitNumberSequences.put({ device: 'T3F', year: 2026, last: 4 });
    v6.close();

    const v7 = openHornbillDb(name, 7);
    await v7.open();
    expect(v7.verno).toBe(7);
    expect(await v7.chainHeads.get('T3F')).toMatchObject({ nextSeq: 2 });
    expect(await v7.permitNumberSequences.get(['T3F', 2026])).toMatchObject({ last: 4 });
    expect(await Promise.all([v7.statusLists.count(), v7.checkpoints.count(), v7.receipts.count(), v7.syncState.count()])).toEqual([0, 0, 0, 0]);
    expect(v7.statusLists.schema.primKey.keyPath).toEqual(['party', 'version']);
    expect(v7.receipts.schema.indexes.map((index) => index.name)).toEqual(['treeSize']);
    v7.close();
  });
});
