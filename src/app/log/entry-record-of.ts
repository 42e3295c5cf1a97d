// The `entries` row of a signed entry: the COSE bytes, and the fields read from them for indexes and lists.
// One function for the device's own entries (append-entry.ts) and those pulled from HQ.
import { toHex } from '../../core/crypto/bytes.ts';
import type { DecodedEntry } from '../../core/log/entry.ts';
import type { EntryRecord } from './entry-record.ts';

export function entryRecordOf(signed: Pick<DecodedEntry, 'entry' | 'id' | 'bytes'>): EntryRecord {
  const { entry } = signed;
  return {
    id: toHex(signed.id),
    device: entry.device,
    seq: entry.seq,
    permit: entry.permit,
    action: entry.action,
    actor: entry.actor,
    role: entry.role,
    wallTime: entry.wallTime,
    hlc: entry.hlc,
    bytes: signed.bytes,
  };
}
