// Rebuilds every permit from the log (DESIGN §5): sorts the entries into the one log order (entry-order.ts)
// and folds them with applyEntry. Entries that do not apply are kept out of the state and returned as
// conflicts, beside it: when two devices act on one permit offline (one cancels while another endorses),
// the act earlier in the log order wins on every replica, and the other becomes a conflict that names the
// act it lost to, for HQ to alert on. Device actions (login, sync…) are not permit acts and are skipped.
// Entries must have been verified first (verify-device-log.ts): this trusts their signatures and chains.
import { isPermitAction } from './audit-action.ts';
import { compareEntryPositions, entryPosition, type EntryPosition } from './entry-order.ts';
import type { UnsignedEntry } from './entry-schema.ts';
import { applyEntry, DEFAULT_PROJECTION_OPTIONS, type ProjectionOptions } from './permit-projection.ts';
import type { ProjectedPermit } from './projected-permit.ts';
import type { ProjectionRefusal } from './projection-refusal.ts';

export interface ProjectionConflict {
  readonly permit: string;
  readonly entry: EntryPosition;
  readonly actor: string;
  readonly action: UnsignedEntry['action'];
  readonly refusal: ProjectionRefusal;
  /** The last entry applied to the permit before this one (null when the permit was unknown): what won. */
  readonly after: EntryPosition | null;
}

export interface RebuiltPermits {
  readonly permits: ReadonlyMap<string, ProjectedPermit>;
  /** In log order. */
  readonly conflicts: readonly ProjectionConflict[];
}

export function sortIntoLogOrder(entries: readonly UnsignedEntry[]): UnsignedEntry[] {
  return [...entries].sort((a, b) => compareEntryPositions(entryPosition(a), entryPosition(b)));
}

export function rebuildPermits(entries: readonly UnsignedEntry[], options: ProjectionOptions = DEFAULT_PROJECTION_OPTIONS): RebuiltPermits {
  const permits = new Map<string, ProjectedPermit>();
  const conflicts: ProjectionConflict[] = [];
  for (const entry of sortIntoLogOrder(entries)) {
    if (entry.permit === null || !isPermitAction(entry.action)) continue;
    const before = permits.get(entry.permit);
    const applied = applyEntry(before, entry, options);
    if (applied.ok) {
      permits.set(entry.permit, applied.value);
    } else {
      conflicts.push({
        permit: entry.permit,
        entry: entryPosition(entry),
        actor: entry.actor,
        action: entry.action,
        refusal: applied.error,
        after: before?.last ?? null,
      });
    }
  }
  return { permits, conflicts };
}
