// A permit QR judged offline with what this device holds: every Party's newest trust list (own and foreign,
// each verified again as read), no status list yet (they arrive with sync), and the clock passed in.
// Loaded by a dynamic import from the inspector screen: it carries the QR decoder and the verdict code.
import { parseBase64 } from '../../core/crypto/base64.ts';
import { verifyPermitQr, type PermitQrVerdict } from '../../core/qr/verify-permit-qr.ts';
import type { TrustList } from '../../core/trust/trust-list.ts';
import { verifyTrustList } from '../../core/trust/verify-trust-list.ts';
import { newestTrustLists } from '../auth/trust-lists.ts';
import type { HornbillDb } from '../db/database.ts';

export interface DeviceVerification {
  readonly verdict: PermitQrVerdict;
  /** When HQ last confirmed the oldest of the lists used (ms); null when the device holds none. */
  readonly listsCheckedAt: number | null;
}

interface HeldTrustLists {
  readonly lists: readonly TrustList[];
  readonly checkedAt: number | null;
}

async function heldTrustLists(db: HornbillDb): Promise<HeldTrustLists> {
  const lists: TrustList[] = [];
  let checkedAt: number | null = null;
  for (const row of await newestTrustLists(db)) {
    const signed = parseBase64(row.signed);
    const verified = signed === undefined ? undefined : await verifyTrustList(signed);
    if (verified?.ok !== true) continue;
    lists.push(verified.value);
    const checked = Date.parse(row.checkedAt);
    checkedAt = checkedAt === null ? checked : Math.min(checkedAt, checked);
  }
  return { lists, checkedAt };
}

export async function verifyOnDevice(db: HornbillDb, qrText: string, now: number, ownParty: string): Promise<DeviceVerification> {
  const held = await heldTrustLists(db);
  // No list held: verified as if fetched at the epoch, so the verdict also says the lists are stale.
  const verdict = await verifyPermitQr(qrText.trim(), { trustLists: held.lists, now, listsFetchedAt: held.checkedAt ?? 0, ownParty });
  return { verdict, listsCheckedAt: held.checkedAt };
}
