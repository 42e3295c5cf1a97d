// A permit QR judged offline with what this device holds: every Party's newest trust list and status list
// (each verified again as read), the acts on the permit in the device's own log, and the clock passed in.
// Loaded by a dynamic import from the inspector screen: it carries the QR decoder and the verdict code.
import { parseBase64 } from '../../core/crypto/base64.ts';
import { decodePermitQr } from '../../core/qr/decode-permit-qr.ts';
import type { LocalPermitAct } from '../../core/qr/verify-local-acts.ts';
import { verifyPermitQr, type PermitQrVerdict } from '../../core/qr/verify-permit-qr.ts';
import type { TrustList } from '../../core/trust/trust-list.ts';
import { verifyTrustList } from '../../core/trust/verify-trust-list.ts';
import { newestTrustLists } from '../auth/trust-lists.ts';
import type { HornbillDb } from '../db/database.ts';
import { newestCheckpoint } from '../sync/newest-checkpoint.ts';
import { heldStatusLists } from './held-status-lists.ts';
import { localPermitActs } from './local-permit-acts.ts';

export interface DeviceVerification {
  /** The QR text as verified (trimmed): what a re-check after an endorsement verifies again. */
  readonly qrText: string;
  readonly verdict: PermitQrVerdict;
  /** When HQ last confirmed the oldest of the lists used, trust and status (ms); null when the device holds none. */
  readonly listsCheckedAt: number | null;
  /** Whether the device holds a verified status list of any Party (without one, no cancellation is known). */
  readonly statusListsHeld: boolean;
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

function oldest(...times: readonly (number | null)[]): number | null {
  const known = times.filter((time): time is number => time !== null);
  return known.length === 0 ? null : Math.min(...known);
}

/** The acts held for the permit the QR names; none when the QR does not decode (the verdict says why). */
async function actsForQr(db: HornbillDb, qrText: string): Promise<LocalPermitAct[]> {
  const decoded = decodePermitQr(qrText);
  return decoded.ok ? localPermitActs(db, decoded.value.claims.permitId) : [];
}

export async function verifyOnDevice(db: HornbillDb, qrText: string, now: number, ownParty: string): Promise<DeviceVerification> {
  const text = qrText.trim();
  const trust = await heldTrustLists(db);
  const status = await heldStatusLists(db, trust.lists);
  const listsCheckedAt = oldest(trust.checkedAt, status.checkedAt);
  const checkpoint = await newestCheckpoint(db);
  // No list held: verified as if fetched at the epoch, so the verdict also says the lists are stale.
  const verdict = await verifyPermitQr(text, {
    trustLists: trust.lists,
    statusLists: status.lists,
    localActs: await actsForQr(db, text),
    now,
    listsFetchedAt: listsCheckedAt ?? 0,
    // HQ's clock when the newest checkpoint held arrived: a device clock behind it is flagged.
    ...(checkpoint === undefined ? {} : { newestCheckpointTime: checkpoint.hqTime }),
    ownParty,
  });
  return { qrText: text, verdict, listsCheckedAt, statusListsHeld: status.lists.length > 0 };
}
