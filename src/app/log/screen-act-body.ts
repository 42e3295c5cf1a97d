// The entry body (docs/log-format.md §6) of an act fired from the permit screen.
import { isCborRecord, type CborRecord } from '../../core/log/cbor-data.ts';
import { applicationContentSchema } from '../../core/log/permit-act-bodies.ts';
import type { PermitDraft } from '../../core/permit/model/permit-draft.ts';
import type { ScreenTransition } from './offered-acts.ts';

/** Submit carries the application as it stands; reject and cancel the reason given; the others nothing. */
export function screenActBody(transition: ScreenTransition, content: PermitDraft, reason: string): CborRecord {
  if (transition === 'reject' || transition === 'cancel') return { reason };
  if (transition !== 'submit') return {};
  // Through JSON: CBOR has no `undefined`, and a draft's unset optional boxes may hold it.
  const application: unknown = JSON.parse(JSON.stringify(applicationContentSchema.parse(content)));
  if (!isCborRecord(application)) throw new Error('screenActBody: the application is not a JSON object');
  return { content: application };
}
