// The entries a pull delivers (docs/sync-protocol.md §Pull): other devices' acts on permits, in leaf order
// from the cursor, never past the checkpoint the response carries (the device verifies against it), cut
// at the entry limit or at about MAX_PULL_RESPONSE_BYTES, whichever comes first. Read through the leaf cache.
import type { Kysely } from 'kysely';
import { MAX_PULL_RESPONSE_BYTES } from '../../core/sync/limits.ts';
import type { PulledEntry } from '../../core/sync/pull.ts';
import type { Database } from '../store/database.ts';
import { cachedLeaves, type PullLeafCache } from './pull-leaf-cache.ts';

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

export async function pullEntries(db: Kysely<Database>, leaves: PullLeafCache, window: PullWindow): Promise<PulledPage> {
  const entries: PulledEntry[] = [];
  let bytes = 0;
  for await (const chunk of cachedLeaves(db, leaves, window.cursor, window.treeSize)) {
    for (const { device, onPermit, entry } of chunk) {
      if (!onPermit || device === window.device) continue;
      const full = entries.length === window.limit || (entries.length > 0 && bytes + entry.bytes.length > MAX_PULL_RESPONSE_BYTES);
      if (full) return { entries, nextCursor: entry.leafIndex, more: true };
      entries.push(entry);
      bytes += entry.bytes.length;
    }
  }
  // Everything below the checkpoint was examined: the device starts after it next time.
  return { entries, nextCursor: Math.max(window.cursor, window.treeSize), more: false };
}
