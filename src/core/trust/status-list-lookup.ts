import { compareBytes } from './status-list-order.ts';
import { permitNumberHash } from './status-list-permit-hash.ts';
import type { StatusEntry, StatusList } from './status-list.ts';

/** The entry filed under the permit number's hash, or undefined. Binary search: verified entries are sorted. */
export function lookUpPermitStatus(statusList: StatusList, permitNumber: string): StatusEntry | undefined {
  const hash = permitNumberHash(permitNumber);
  let low = 0;
  let high = statusList.entries.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const entry = statusList.entries[middle];
    if (entry === undefined) return undefined;
    const order = compareBytes(entry.hash, hash);
    if (order === 0) return entry;
    if (order < 0) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}
