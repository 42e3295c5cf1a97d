// Checklist updates (docs/sync-protocol.md §Checklist), after the pull: the pages of the download HQ announced
// are fetched one signed request each, from the first one not held, each stored in its own transaction, so a
// run cut at page k resumes at page k. Once every page is held, the diff is applied to the checklist it was
// made from (the held one, or empty for a full download) and the result's hash checked against HQ's version:
// the new checklist is stored in one transaction and the screens reload it; a wrong hash drops the download,
// keeps the held checklist, and stops the run with the problem recorded.
import { makeChecklist, applyChecklistDiff, type Checklist } from '../../core/species/checklist-version.ts';
import { checklistPageSchema, EMPTY_CHECKLIST_VERSION, joinChecklistPages, type ChecklistPage } from '../../core/sync/checklist.ts';
import type { ChecklistDownloadRecord } from '../checklist/checklist-records.ts';
import { checklistChanged } from '../checklist/loadChecklist.ts';
import { readHeldChecklist, storeChecklist } from '../checklist/stored-checklist.ts';
import {
  dropChecklistDownload, stageChecklistPage, stagedDownload, stagedPageNumbers, stagedPages,
} from './checklist-staging.ts';
import { sendSigned, type SessionHolder } from './send-signed.ts';
import type { SyncContext } from './sync-context.ts';
import { SyncProblem } from './sync-problem.ts';

export type ChecklistPullOutcome = 'none' | 'stored';

/** The checklist the download applies to, or undefined when the device no longer holds it (the download is stale). */
async function baseOf(context: SyncContext, download: ChecklistDownloadRecord): Promise<Checklist | undefined> {
  if (download.from === EMPTY_CHECKLIST_VERSION) return makeChecklist([]);
  const { checklist } = await readHeldChecklist(context.db);
  return checklist.version === download.from ? checklist : undefined;
}

function checkPage(answer: ChecklistPage, download: ChecklistDownloadRecord, page: number): void {
  const expected = { from: download.from, to: download.version, page, pages: download.pages };
  const got = { from: answer.from, to: answer.to, page: answer.page, pages: answer.pages };
  if (JSON.stringify(got) !== JSON.stringify(expected)) {
    throw new SyncProblem('bad-answer', `checklist page: HQ answered ${JSON.stringify(got)} for ${JSON.stringify(expected)}`);
  }
}

async function fetchMissingPages(context: SyncContext, sessions: SessionHolder, download: ChecklistDownloadRecord): Promise<void> {
  const held = await stagedPageNumbers(context.db);
  for (let page = 0; page < download.pages; page++) {
    if (held.has(page)) continue;
    const checklist = { from: download.from, to: download.version, page };
    // `pending` is HQ's view of push and pull; it records nothing for a page request, so none is counted here.
    const answer = await sendSigned(context, sessions, { kind: 'checklist', checklist }, 0, checklistPageSchema);
    try {
      checkPage(answer, download, page);
    } catch (error) {
      await dropChecklistDownload(context.db);
      throw error;
    }
    await stageChecklistPage(context.db, download, { page, removedIds: answer.removedIds, upserted: answer.upserted });
  }
}

export async function pullChecklist(context: SyncContext, sessions: SessionHolder): Promise<ChecklistPullOutcome> {
  const { db } = context;
  const download = await stagedDownload(db);
  if (download === undefined) return 'none';
  const base = await baseOf(context, download);
  if (base === undefined) {
    await dropChecklistDownload(db); // the next pull announces a download from what the device holds now
    return 'none';
  }
  await fetchMissingPages(context, sessions, download);
  const applied = await applyChecklistDiff(base, joinChecklistPages(download.from, download.version, await stagedPages(db)));
  if (!applied.ok) {
    await dropChecklistDownload(db);
    throw new SyncProblem('bad-answer', `checklist update ${download.version} refused, the checklist held is unchanged: ${applied.problem}`);
  }
  await storeChecklist(db, applied.checklist, download.publishedAt, context.now());
  checklistChanged(db);
  return 'stored';
}
