// The entries a pull delivers (docs/sync-protocol.md §Pull): other devices' acts on permits, in leaf order
// from the cursor, never past the checkpoint the response carries (the device verifies against it), cut
// at the entry limit or at about MAX_PULL_RESPONSE_BYTES, whichever comes first.
import type { Kysely } from 'kysely';
import { parseBase64 } from '../../core/crypto/base64.ts';
import { MAX_PULL_RESPONSE_BYTES } from '../../core/sync/limits.ts';
import type { PulledEntry } from '../../core/sync/pull.ts';
import type { Database } from '../store/database.ts';

/** Rows read per query: bounds memory when entries are large (up to 64 KiB each). */
const PAGE_ROWS = 64;

export interface PullWindow {
  /** The pulling device's code: its own entries are not sent back. */
  readonly device: string;
  readonly cursor: number;
  readonly limit: number;
  /** The tree size of the checkpoint sent with the entries. */
  readonly treeSize: number;
}

export interface PulledPage {
  readonly entries: PulledEntry[];
  readonly nextCursor: number;
  readonly more: boolean;
}

export async function pullEntries(db: Kysely<Database>, window: PullWindow): Promise<PulledPage> {
  const entries: PulledEntry[] = [];
  let bytes = 0;
  let from = window.cursor;
  for (;;) {
    // One row past the limit tells whether there is more.
    const requested = Math.min(PAGE_ROWS, window.limit - entries.length + 1);
    const rows = await db.selectFrom('log_entries').select(['leaf_index', 'bytes'])
      .where('permit', 'is not', null).where('device', '!=', window.device)
      .where('leaf_index', '>=', from).where('leaf_index', '<', window.treeSize)
      .orderBy('leaf_index').limit(requested).execute();
    for (const row of rows) {
      const entry = decodeStoredEntry(row.leaf_index, row.bytes);
      const full = entries.length === window.limit || (entries.length > 0 && bytes + entry.bytes.length > MAX_PULL_RESPONSE_BYTES);
      if (full) return { entries, nextCursor: row.leaf_index, more: true };
      entries.push(entry);
      bytes += entry.bytes.length;
    }
    const last = rows.at(-1);
    if (last === undefined || rows.length < requested) break;
    from = last.leaf_index + 1;
  }
  // Everything below the checkpoint was examined: the device starts after it next time.
  return { entries, nextCursor: Math.max(window.cursor, window.treeSize), more: false };
}

function decodeStoredEntry(leafIndex: number, text: string): PulledEntry {
  const bytes = parseBase64(text);
  if (bytes === undefined) throw new Error(`HQ log: leaf ${leafIndex} holds bytes that are not base64`);
  return { leafIndex, bytes };
}
