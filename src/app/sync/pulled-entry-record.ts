// The `entries` row of a verified entry (the same fields append-entry.ts writes for the device's own).
import { toHex } from '../../core/crypto/bytes.ts';
import type { DecodedEntry } from '../../core/log/entry.ts';
import type { EntryRecord } from '../log/entry-record.ts';

export function entryRecordOf(decoded: DecodedEntry): EntryRecord {
  const { entry } = decoded;
  return {
    id: toHex(decoded.id),
    device: entry.device,
    seq: entry.seq,
    permit: entry.permit,
    action: entry.action,
    actor: entry.actor,
    role: entry.role,
    wallTime: entry.wallTime,
    hlc: entry.hlc,
    bytes: decoded.bytes,
  };
}
