// The quota shares the rules check a permit against (core/permit/rules/quota.ts), with what this device has
// used of each counted when the rules run, never stored: the box 11 quantities of the permits THIS device
// numbered (box 1's DDD is its code) in the share's year (the number's YY), for the share's taxon and unit.
// Issued and endorsed permits count; a cancelled permit's specimens never left, and a replaced one is
// counted through its replacement, so neither uses the share. Permits only pulled from other devices carry
// other codes: they used those devices' shares.
import type { QuantityUnit } from '../../core/permit/model/line-item.ts';
import type { PermitDraft } from '../../core/permit/model/permit-draft.ts';
import { parsePermitNumber } from '../../core/permit/permit-number.ts';
import type { QuotaShare } from '../../core/permit/rules/quota-share.ts';
import type { HornbillDb } from '../db/database.ts';
import type { QuotaShareRecord } from '../db/quota-share-record.ts';

/** The states of a permit whose quantities were taken from the quota. */
const USING_STATES = ['issued', 'endorsed'] as const;

/** The amount of one taxon, in one unit, a permit numbered by `device` in `year` issued; 0 for other permits. */
function usedBy(content: PermitDraft, device: string, share: QuotaShareRecord): number {
  if (content.number === null || content.number === undefined) return 0;
  const number = parsePermitNumber(content.number);
  if (!number.ok || number.value.device !== device || number.value.year !== share.year) return 0;
  const unit: QuantityUnit | null = share.unit;
  return (content.lineItems ?? [])
    .filter((item) => item.taxon?.taxonId === share.taxonId && (item.quantity?.unit ?? null) === unit)
    .reduce((sum, item) => sum + (item.quantity?.amount ?? 0), 0);
}

/** Every share the device holds, each with its use so far on this device. */
export async function deviceQuotaShares(db: HornbillDb, device: string): Promise<QuotaShare[]> {
  const [held, permits] = await db.transaction('r', [db.quotaShares, db.permits], async () => [
    await db.quotaShares.toArray(),
    await db.permits.where('status').anyOf([...USING_STATES]).toArray(),
  ] as const);
  return held.map((share) => ({
    taxonId: share.taxonId,
    year: share.year,
    amount: share.amount,
    ...(share.unit === null ? {} : { unit: share.unit }),
    used: permits.reduce((sum, permit) => sum + usedBy(permit.content, device, share), 0),
  }));
}
