// A device's hash chain (DESIGN §5): entry n has seq n (from 0) and prev = id of entry n-1 (32 zero bytes
// for entry 0), and its HLC is after entry n-1's. The tip is all a device keeps to append the next entry.
import type { UnsignedEntry } from './entry-schema.ts';
import { ENTRY_FORMAT_VERSION, GENESIS_PREV } from './entry-schema.ts';
import { createEntry, type EntrySigningKey, type SignedEntry } from './entry.ts';

export interface EntryClock {
  readonly wallMs: number;
  readonly counter: number;
}

export interface DeviceChainTip {
  readonly device: string;
  readonly nextSeq: number;
  /** The id of the last entry, or GENESIS_PREV before the first. */
  readonly prev: Uint8Array;
  /** The last entry's HLC; null before the first entry. */
  readonly hlc: EntryClock | null;
}

/** An entry as the app writes it: the chain fields (v, device, seq, prev) are filled in by appendToDeviceChain. */
export type EntryDraft = Omit<UnsignedEntry, 'v' | 'device' | 'seq' | 'prev'>;

export function startDeviceChain(device: string): DeviceChainTip {
  return { device, nextSeq: 0, prev: GENESIS_PREV, hlc: null };
}

export function tipAfter(entry: UnsignedEntry, id: Uint8Array): DeviceChainTip {
  return { device: entry.device, nextSeq: entry.seq + 1, prev: id, hlc: entry.hlc };
}

export function isHlcAfter(later: EntryClock, earlier: EntryClock | null): boolean {
  if (earlier === null) return true;
  return later.wallMs > earlier.wallMs || (later.wallMs === earlier.wallMs && later.counter > earlier.counter);
}

/** Signs the next entry of the chain. Throws when the draft's HLC is not after the tip's (tick the clock first). */
export async function appendToDeviceChain(
  tip: DeviceChainTip,
  draft: EntryDraft,
  key: EntrySigningKey,
): Promise<{ readonly signed: SignedEntry; readonly tip: DeviceChainTip }> {
  if (!isHlcAfter(draft.hlc, tip.hlc)) throw new Error('appendToDeviceChain: the entry HLC must be after the previous entry HLC');
  // Only the two clock fields: a full Hlc from src/core/time also carries its node, which is the entry's device.
  const hlc = { wallMs: draft.hlc.wallMs, counter: draft.hlc.counter };
  const entry: UnsignedEntry = { ...draft, hlc, v: ENTRY_FORMAT_VERSION, device: tip.device, seq: tip.nextSeq, prev: tip.prev };
  const signed = await createEntry(entry, key);
  return { signed, tip: tipAfter(entry, signed.id) };
}
