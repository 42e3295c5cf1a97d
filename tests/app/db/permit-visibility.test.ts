import { describe, expect, it } from 'vitest';
import { openHornbillDb } from '../../../src/app/db/database.ts';
import { noFilters, queryPermits } from '../../../src/app/db/permit-query.ts';
import { readPermit, saveDraft } from '../../../src/app/db/permits.ts';

const officer = 'user-officer';
const approver = 'user-approver';
const now = new Date('2026-11-26T10:00:00Z');

describe('permits on a tablet shared by several users', () => {
  it('keeps a draft to its author and shows a submitted application to every user of the device', async () => {
    const db = openHornbillDb('hornbill-visibility-test');
    await saveDraft(db, { format: 'hornbill-permit/1', id: '0d8c2f0e-1d8e-4c7e-9b43-2d5c8f7a1a01', importer: { name: 'Private draft', address: '', country: 'DE' } }, now, officer);
    await saveDraft(db, { format: 'hornbill-permit/1', id: '0d8c2f0e-1d8e-4c7e-9b43-2d5c8f7a1a02', importer: { name: 'Submitted', address: '', country: 'DE' } }, now, officer);
    await db.permits.update('0d8c2f0e-1d8e-4c7e-9b43-2d5c8f7a1a02', { status: 'requested' });

    const seenByApprover = await queryPermits(db, approver, noFilters, 0, 25);
    expect(seenByApprover.rows.map((row) => row.id)).toEqual(['0d8c2f0e-1d8e-4c7e-9b43-2d5c8f7a1a02']);
    expect(await readPermit(db, '0d8c2f0e-1d8e-4c7e-9b43-2d5c8f7a1a01', approver)).toBeUndefined();
    expect((await readPermit(db, '0d8c2f0e-1d8e-4c7e-9b43-2d5c8f7a1a02', approver))?.status).toBe('requested');

    const seenByOfficer = await queryPermits(db, officer, noFilters, 0, 25);
    expect(seenByOfficer.rows).toHaveLength(2);
    expect((await queryPermits(db, approver, { ...noFilters, status: 'draft' }, 0, 25)).rows).toEqual([]);
    expect((await queryPermits(db, approver, { ...noFilters, status: 'requested' }, 0, 25)).rows).toHaveLength(1);
    db.close();
  });
});
