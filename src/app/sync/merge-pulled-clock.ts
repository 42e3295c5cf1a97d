// Inside the pull's transaction: this device's chain head clock moves past every entry pulled (the HLC
// receive rule), so an act recorded here after a sync sorts after the acts it saw, whatever the tablets'
// wall clocks say. Without the usual drift cap: a pulled act this device then acts upon must come first in
// the log order on every replica, or the act recorded here would become a conflict; HQ raises the
// clock-skew alert for the device whose clock was off.
import { GENESIS_PREV } from '../../core/log/entry-schema.ts';
import type { UnsignedEntry } from '../../core/log/entry-schema.ts';
import { compareHlc, mergeRemote } from '../../core/time/hlc.ts';
import type { HornbillDb } from '../db/database.ts';

export async function mergePulledClock(db: HornbillDb, ownDevice: string, pulled: readonly UnsignedEntry[], wallNow: number): Promise<void> {
  const latest = pulled.map((entry) => ({ ...entry.hlc, node: entry.device })).sort(compareHlc).at(-1);
  if (latest === undefined) return;
  const head = await db.chainHeads.get(ownDevice);
  const clock = { ...(head?.hlc ?? { wallMs: 0, counter: 0 }), node: ownDevice };
  const merged = mergeRemote(clock, latest, wallNow, Number.POSITIVE_INFINITY);
  if (!merged.ok) return;
  const hlc = { wallMs: merged.value.wallMs, counter: merged.value.counter };
  await db.chainHeads.put(head === undefined ? { device: ownDevice, nextSeq: 0, prev: GENESIS_PREV, hlc } : { ...head, hlc });
}
