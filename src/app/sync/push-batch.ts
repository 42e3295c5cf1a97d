// The next push batch: the oldest entries, at most `maxEntries` and `maxBytes` of entry bytes, but always at
// least one (a single entry is at most 64 KiB, which HQ accepts).
import type { EntryRecord } from '../log/entry-record.ts';

export function nextPushBatch(entries: readonly EntryRecord[], maxEntries: number, maxBytes: number): EntryRecord[] {
  const batch: EntryRecord[] = [];
  let bytes = 0;
  for (const entry of entries) {
    if (batch.length >= maxEntries || (batch.length > 0 && bytes + entry.bytes.length > maxBytes)) break;
    batch.push(entry);
    bytes += entry.bytes.length;
  }
  return batch;
}
