// An accepted entry as a row of HQ's log (log_entries): the entry's own fields for queries, its bytes exactly
// as signed, and its RFC 9162 leaf hash, SHA-256(0x00 ‖ id) (DESIGN §5).
import { toBase64 } from '../../core/crypto/base64.ts';
import { toHex } from '../../core/crypto/bytes.ts';
import type { DecodedEntry } from '../../core/log/entry.ts';
import { leafHash } from '../../core/log/merkle-hash.ts';
import type { LogEntriesTable } from '../store/database.ts';
import { formatStoredHlc } from './stored-hlc.ts';

export function entryLeafHash(entry: Pick<DecodedEntry, 'id'>): Uint8Array {
  return leafHash(entry.id);
}

export function logEntryRow(decoded: DecodedEntry, leafIndex: number, receivedAt: Date): LogEntriesTable {
  const { entry } = decoded;
  return {
    leaf_index: leafIndex,
    id: toHex(decoded.id),
    device: entry.device,
    seq: entry.seq,
    permit: entry.permit,
    action: entry.action,
    actor: entry.actor,
    role: entry.role,
    wall_time: new Date(entry.wallTime).toISOString(),
    hlc: formatStoredHlc(entry.hlc),
    bytes: toBase64(decoded.bytes),
    leaf_hash: toBase64(entryLeafHash(decoded)),
    received_at: receivedAt.toISOString(),
  };
}
