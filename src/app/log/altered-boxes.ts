// The body of an `altered` entry: exactly the boxes that differ, each whole (docs/log-format.md §6).
import { isCborRecord, type CborRecord } from '../../core/log/cbor-data.ts';
import { applicationContentSchema } from '../../core/log/permit-act-bodies.ts';
import type { PermitDraft } from '../../core/permit/model/permit-draft.ts';

/** The boxes an alteration may replace: the application's, but for its format and id. */
const ALTERABLE_BOXES = Object.keys(applicationContentSchema.shape).filter((box) => box !== 'format' && box !== 'id');

/** Through JSON: CBOR has no `undefined`, and a draft's unset optional boxes may hold it. */
function asData(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/**
 * The boxes of `after` that differ from `before`. Compare two drafts made the same way (both through the
 * form), so that a box the form merely re-encodes does not count as changed. A box emptied to nothing where
 * the format has no null (a code no longer chosen) cannot be written as an alteration and is left out.
 */
export function alteredBoxes(before: PermitDraft, after: PermitDraft): CborRecord {
  const boxes: Record<string, unknown> = {};
  for (const box of ALTERABLE_BOXES) {
    const was = asData(before[box as keyof PermitDraft]);
    const is = asData(after[box as keyof PermitDraft]);
    if (is !== undefined && JSON.stringify(was) !== JSON.stringify(is)) boxes[box] = is;
  }
  if (!isCborRecord(boxes)) throw new Error('alteredBoxes: the boxes are not CBOR data');
  return boxes;
}
