// A permit as the log makes it (DESIGN §5: permits are a projection of their entries).
import type { PermitAct } from '../permit/four-eyes.ts';
import type { StoredPermitState } from '../permit/lifecycle.ts';
import type { PermitDraft } from '../permit/model/permit-draft.ts';
import type { EntryPosition } from './entry-order.ts';

export interface ProjectedPermit {
  readonly id: string;
  readonly status: StoredPermitState;
  /**
   * The permit in the interchange format (docs/permit-format.md), every box the entries wrote; `status`
   * mirrors the field above. Before issue it may be incomplete, so it is a draft, not a Permit.
   */
  readonly content: PermitDraft;
  /** Every lifecycle transition fired on the permit, in log order, with who fired it (four eyes reads this). */
  readonly acts: readonly PermitAct[];
  /** The permit that replaces this one, once `replaced`. */
  readonly replacedBy: string | null;
  /** The last entry applied. */
  readonly last: EntryPosition;
}
