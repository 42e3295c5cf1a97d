// Pull (docs/sync-protocol.md §Pull): from the stored cursor, what other devices did on the authority's
// permits, plus newer lists and the device's quota shares when HQ holds a newer set. Each answer is verified
// in full (checkpoint signed by the log key and extending the newest held, lists under the root key, every
// entry's signature and certificate) before its one transaction; repeated while HQ says there is more.
import { MAX_PULL_ENTRIES } from '../../core/sync/limits.ts';
import { pullResponseSchema } from '../../core/sync/pull.ts';
import type { DecodedEntry } from '../../core/log/entry.ts';
import { trustListKeyLookup } from '../../core/log/trust-key-lookup.ts';
import { latestTrustList } from '../auth/trust-lists.ts';
import { heldChecklistVersion } from '../checklist/stored-checklist.ts';
import { heldQuotaSharesVersion } from '../quota/store-quota-shares.ts';
import { newestCheckpoint } from './newest-checkpoint.ts';
import { unreceiptedEntryIds } from './own-entries.ts';
import { sendSigned, type SessionHolder } from './send-signed.ts';
import { storePull } from './store-pull.ts';
import type { SyncContext } from './sync-context.ts';
import { SyncProblem } from './sync-problem.ts';
import { readSyncState } from './sync-state.ts';
import { verifyExtendingCheckpoint } from './verify-extending-checkpoint.ts';
import { newestStatusListVersion, verifyPulledLists } from './verify-pulled-lists.ts';
import { verifyPulledEntry } from './verify-pulled-entry.ts';

export interface PullOutcome {
  readonly added: number;
  /** Entries HQ sent that were not stored, each with why (shown as the run's error). */
  readonly refused: readonly string[];
}

export async function pullEntries(context: SyncContext, sessions: SessionHolder): Promise<PullOutcome> {
  const { db, device } = context;
  let added = 0;
  let received = 0;
  const refused: string[] = [];
  for (;;) {
    const cursor = (await readSyncState(db)).pullCursor;
    const pull = {
      cursor,
      treeSize: (await newestCheckpoint(db))?.treeSize ?? 0,
      trustListVersion: (await latestTrustList(db, device.party))?.version ?? 0,
      statusListVersion: await newestStatusListVersion(db, device.party),
      quotaSharesVersion: await heldQuotaSharesVersion(db),
      checklistVersion: await heldChecklistVersion(db),
      limit: MAX_PULL_ENTRIES,
    };
    const pending = (await unreceiptedEntryIds(db, device.code)).length;
    const answer = await sendSigned(context, sessions, { kind: 'pull', pull }, pending, pullResponseSchema);
    if (answer.more && answer.nextCursor <= cursor) throw new SyncProblem('bad-answer', `HQ has more but its cursor does not advance from ${cursor}`);
    const checkpoint = await verifyExtendingCheckpoint(db, answer, sessions.current().verifierKey, context.now());
    const lists = await verifyPulledLists(db, device, answer);
    const lookup = trustListKeyLookup(lists.trustList);
    const entries: DecodedEntry[] = [];
    for (const { leafIndex, bytes } of answer.entries) {
      const verified = await verifyPulledEntry(bytes, lookup);
      if (verified.ok) entries.push(verified.value);
      else refused.push(`log entry ${leafIndex}: ${verified.reason}`);
    }
    const stored = await storePull(db, device.code, { entries, lists, checkpoint, nextCursor: answer.nextCursor, users: answer.users, quotaShares: answer.quotaShares, checklist: answer.checklist ?? null }, context.now());
    added += stored.added;
    refused.push(...stored.forks);
    received += answer.entries.length;
    context.onProgress?.({ phase: 'pull', done: received, total: answer.more ? null : received });
    if (!answer.more) return { added, refused };
  }
}
