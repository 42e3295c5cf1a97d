// The one order in which every device and HQ fold entries into permits: HLC (wall time, counter), then
// device, then seq. It is total over verified entries (a device's own HLCs strictly increase), so any two
// replicas holding the same entries compute the same permits whatever order the entries arrived in.
import { compareHlc } from '../time/hlc.ts';
import type { UnsignedEntry } from './entry-schema.ts';

/** Where an entry sits in the log order; also how a projected permit and a conflict name an entry. */
export interface EntryPosition {
  readonly hlc: { readonly wallMs: number; readonly counter: number };
  readonly device: string;
  readonly seq: number;
}

export function entryPosition(entry: UnsignedEntry): EntryPosition {
  return { hlc: { wallMs: entry.hlc.wallMs, counter: entry.hlc.counter }, device: entry.device, seq: entry.seq };
}

export function compareEntryPositions(a: EntryPosition, b: EntryPosition): number {
  const byClock = compareHlc({ ...a.hlc, node: a.device }, { ...b.hlc, node: b.device });
  return byClock !== 0 ? byClock : a.seq - b.seq;
}
