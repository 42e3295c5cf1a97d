// The export endorsement (box 14) of a permit verified from its QR, recorded as a signed `endorsed` entry in
// this device's chain (role inspector). When the device holds the permit, it is the ordinary act (the local
// permit becomes endorsed). Usually it does not (the permit was issued on another tablet): then the entry,
// naming the permit's id from the QR, is appended with the chain head in one transaction and no projection;
// from then on the device's verdict on that QR is "already endorsed" (verify-on-device.ts).
// Refused, with nothing written: a quantity above the permitted one, a wrong count of quantities, a role that
// may not endorse, a permit already endorsed, cancelled or replaced in this device's log.
import { PERMIT_ACT_BODY_SCHEMAS } from '../../core/log/permit-act-bodies.ts';
import { badBody, permitClosed, roleMayNotAct, type ProjectionRefusal } from '../../core/log/projection-refusal.ts';
import type { DeviceChainTip } from '../../core/log/device-chain.ts';
import type { Endorsement } from '../../core/permit/model/endorsement.ts';
import { failure, success, type Result } from '../../core/permit/result.ts';
import { mayFire } from '../../core/permit/transition-roles.ts';
import { checkEndorsementAgainstClaims, type EndorsementRefusal } from '../../core/qr/endorsement-against-claims.ts';
import type { PermitClaims } from '../../core/qr/permit-claims.ts';
import type { HornbillDb } from '../db/database.ts';
import type { PermitRecord } from '../db/permit-record.ts';
import { localPermitActs } from '../inspect/local-permit-acts.ts';
import type { ActingIdentity } from './acting-identity.ts';
import { appendEntry, signNextEntry, type SignedNextEntry } from './append-entry.ts';
import type { EntryRecord } from './entry-record.ts';
import { recordPermitAct } from './record-permit-act.ts';

export interface RecordedEndorsement {
  readonly entry: EntryRecord;
  /** The local permit, now endorsed; null when the device does not hold the permit. */
  readonly permit: PermitRecord | null;
}

export type EndorsementRecordingRefusal = EndorsementRefusal | ProjectionRefusal;

export async function recordEndorsement(
  db: HornbillDb,
  identity: ActingIdentity,
  claims: PermitClaims,
  endorsement: Endorsement,
  wallNow: number,
): Promise<Result<RecordedEndorsement, EndorsementRecordingRefusal>> {
  if (!mayFire(identity.role, 'endorse')) return failure(roleMayNotAct(identity.role, 'endorsed'));
  const checked = checkEndorsementAgainstClaims(endorsement, claims);
  if (!checked.ok) return checked;
  const body = PERMIT_ACT_BODY_SCHEMAS.endorsed.safeParse({ endorsement: checked.value });
  if (!body.success) return failure(badBody('endorsed', body.error.issues[0]?.message ?? 'invalid body'));
  if ((await db.permits.get(claims.permitId)) !== undefined) {
    const recorded = await recordPermitAct(db, identity, claims.permitId, 'endorse', body.data, wallNow);
    return recorded.ok ? success(recorded.value) : recorded;
  }
  const prepare = async (tip: DeviceChainTip): Promise<Result<{ readonly signed: SignedNextEntry }, ProjectionRefusal>> => {
    // Read again on every attempt: an act recorded meanwhile moved the chain head and brings us back here.
    const usedUp = (await localPermitActs(db, claims.permitId))[0];
    if (usedUp !== undefined) return failure(permitClosed(usedUp.action));
    return success({ signed: await signNextEntry(identity, tip, { action: 'endorsed', permit: claims.permitId, body: body.data }, wallNow) });
  };
  return appendEntry(db, identity, prepare, { tables: [], write: async ({ signed }) => ({ entry: signed.record, permit: null }) });
}
