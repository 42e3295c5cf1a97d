// The acts this device's own log holds that use a permit up (endorsed, cancelled, replaced), read as data for
// core's verdict (judgeLocalActs): when, by whom (the name the device knows them by, else their id), on which
// device, and for an endorsement the port.
import { decodeEntry } from '../../core/log/entry.ts';
import { PERMIT_ACT_BODY_SCHEMAS } from '../../core/log/permit-act-bodies.ts';
import type { LocalPermitAct } from '../../core/qr/verify-local-acts.ts';
import type { HornbillDb } from '../db/database.ts';

const USING_UP: ReadonlySet<string> = new Set(['endorsed', 'cancelled', 'replaced']);

async function actorName(db: HornbillDb, userId: string): Promise<string> {
  const name = (await db.accounts.get(userId))?.displayName.trim();
  return name === undefined || name === '' ? userId : name;
}

/** An entry that does not decode, or an endorsement without its port, is left out (log verification reports it). */
export async function localPermitActs(db: HornbillDb, permitId: string): Promise<LocalPermitAct[]> {
  const rows = await db.entries.where('permit').equals(permitId).filter((row) => USING_UP.has(row.action)).toArray();
  const acts: LocalPermitAct[] = [];
  for (const row of rows) {
    const decoded = decodeEntry(Uint8Array.from(row.bytes));
    if (!decoded.ok) continue;
    const { entry } = decoded.value;
    const common = { permitId, at: entry.wallTime, actor: await actorName(db, entry.actor), device: entry.device };
    if (entry.action === 'endorsed') {
      const body = PERMIT_ACT_BODY_SCHEMAS.endorsed.safeParse(entry.body);
      if (body.success) acts.push({ ...common, action: 'endorsed', port: body.data.endorsement.port });
    } else if (entry.action === 'cancelled' || entry.action === 'replaced') {
      acts.push({ ...common, action: entry.action });
    }
  }
  return acts;
}
