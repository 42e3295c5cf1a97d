import { afterEach, describe, expect, it } from 'vitest';
import { openHornbillDb, type HornbillDb } from '../../../src/app/db/database.ts';
import type { PermitRecord } from '../../../src/app/db/permit-record.ts';
import { deviceQuotaShares } from '../../../src/app/quota/device-quota-shares.ts';
import type { PermitState } from '../../../src/core/permit/lifecycle.ts';
import { permitDraftSchema, type PermitDraft } from '../../../src/core/permit/model/permit-draft.ts';
import { formatPermitNumber } from '../../../src/core/permit/permit-number.ts';
import { applicationContent, PERMIT_IDS, REPLACEMENT_ID } from '../../core/log/permit-act-fixtures.ts';

let counter = 0;
let db: HornbillDb;
afterEach(() => db.close());

function numberOf(device: string, year: number, sequence: number): string {
  const number = formatPermitNumber({ party: 'KE', year, device, sequence });
  if (!number.ok) throw new Error(number.error.code);
  return number.value;
}

/** A permit row of the example (4 Balearica regulorum, 200 Varanus niloticus) in `status`, numbered `number`. */
function permitRow(id: string, status: PermitState, number: string | null, amounts: readonly [number, number] = [4, 200]): PermitRecord {
  const draft = permitDraftSchema.parse(applicationContent(id));
  const content: PermitDraft = {
    ...draft,
    status,
    number,
    lineItems: draft.lineItems?.map((item, index) => ({ ...item, quantity: { ...item.quantity, amount: amounts[index] ?? 0 } })),
  };
  const at = new Date(0).toISOString();
  return { id, status, documentType: 'export-permit', createdAt: at, updatedAt: at, content, speciesIds: [], parties: [], searchWords: [] };
}

describe('the device’s quota shares with their use', () => {
  it('count the issued and endorsed permits this device numbered in the share’s year, for its taxon and unit only', async () => {
    db = openHornbillDb(`hornbill-quota-shares-${++counter}`);
    await db.quotaShares.bulkPut([
      { taxonId: 4595, year: 2026, amount: 10, unit: null },
      { taxonId: 4465, year: 2026, amount: 1000, unit: 'KGM' },
      { taxonId: 4595, year: 2027, amount: 3, unit: null },
    ]);
    await db.permits.bulkPut([
      permitRow(PERMIT_IDS[0], 'issued', numberOf('T3F', 2026, 1)),
      permitRow(PERMIT_IDS[1], 'endorsed', numberOf('T3F', 2026, 2), [1, 50]),
      // Another device's permit, a cancelled one, last year's and a draft: none uses this device's 2026 share.
      permitRow(PERMIT_IDS[2], 'issued', numberOf('K7P', 2026, 1), [100, 100]),
      permitRow(REPLACEMENT_ID, 'cancelled', numberOf('T3F', 2026, 3), [100, 100]),
      permitRow('c0ffee00-0000-4000-8000-000000000001', 'issued', numberOf('T3F', 2025, 1), [100, 100]),
      permitRow('c0ffee00-0000-4000-8000-000000000002', 'draft', null, [100, 100]),
    ]);

    const shares = await deviceQuotaShares(db, 'T3F');

    expect(shares).toEqual([
      // Box 11 of the Varanus lines has no unit (specimens): none counts against a share in kilograms.
      { taxonId: 4465, year: 2026, amount: 1000, unit: 'KGM', used: 0 },
      { taxonId: 4595, year: 2026, amount: 10, used: 5 },
      { taxonId: 4595, year: 2027, amount: 3, used: 0 },
    ]);
  });

  it('are none while HQ gave the device none', async () => {
    db = openHornbillDb(`hornbill-quota-shares-${++counter}`);
    await db.permits.put(permitRow(PERMIT_IDS[0], 'issued', numberOf('T3F', 2026, 1)));
    expect(await deviceQuotaShares(db, 'T3F')).toEqual([]);
  });
});
