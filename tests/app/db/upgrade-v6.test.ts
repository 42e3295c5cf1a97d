import { describe, expect, it } from 'vitest';
import { openHornbillDb } from '../../../src/app/db/database.ts';

describe('device database v6', () => {
  it('upgrades from v5 keeping the log, and adds the permit number sequences and replacement links', async () => {
    const name = 'hornbill-upgrade-v6';
    const v5 = openHornbillDb(name, 5);
    await v5.chainHeads.put({ device: 'T3F', nextSeq: 3, prev: new Uint8Array(32), hlc: null });
    v5.close();

    const v6 = openHornbillDb(name, 6);
    await v6.open();
    expect(v6.verno).toBe(6);
    expect(await v6.chainHeads.get('T3F')).toMatchObject({ nextSeq: 3 });
    expect(await v6.permitNumberSequences.count()).toBe(0);
    expect(v6.permitNumberSequences.schema.primKey.keyPath).toEqual(['device', 'year']);
    expect(v6.replacements.schema.primKey.name).toBe('replacement');
    expect(v6.replacements.schema.indexes.map((index) => index.name)).toEqual(['replaced']);
    v6.close();
  });
});
