// One sync run: hello, push what is pending, pull what is new, then fetch the checklist update HQ announced.
// Each step commits in its own transaction or not at all, so a run cut anywhere leaves the database
// consistent and the next run just repeats. The outcome is recorded in sync state: the last success, or the
// last error (and the alarm when HQ's log did not extend the one this device saw).
import { sayHello } from './sync-hello.ts';
import { pullChecklist } from './pull-checklist.ts';
import { pullEntries } from './pull-entries.ts';
import { pushEntries } from './push-entries.ts';
import type { SessionHolder } from './send-signed.ts';
import type { SyncContext, SyncSession } from './sync-context.ts';
import { SyncProblem } from './sync-problem.ts';
import { updateSyncState } from './sync-state.ts';

export type SyncRunResult =
  | { readonly ok: true; readonly pushed: number; readonly pulled: number; readonly refused: readonly string[] }
  | { readonly ok: false; readonly problem: SyncProblem };

export async function runSync(context: SyncContext): Promise<SyncRunResult> {
  if (signedOut(context)) return { ok: false, problem: stopped() };
  const startedAt = context.now();
  await updateSyncState(context.db, { lastAttemptAt: startedAt });
  try {
    let session: SyncSession = await sayHello(context);
    const sessions: SessionHolder = {
      current: () => session,
      renew: async () => (session = await sayHello(context)),
    };
    const pushed = await pushEntries(context, sessions);
    const pulled = await pullEntries(context, sessions);
    await pullChecklist(context, sessions);
    const at = context.now();
    const lastError = pulled.refused.length === 0 ? null : { code: 'pulled-entry-refused' as const, detail: pulled.refused.join('\n'), at };
    await updateSyncState(context.db, { lastSuccessAt: at, lastError });
    return { ok: true, pushed: pushed.receipted, pulled: pulled.added, refused: pulled.refused };
  } catch (error) {
    // Signed out mid-run: what each finished step stored stands, and an abort is no error to show the next user.
    if (signedOut(context)) return { ok: false, problem: stopped() };
    const problem = error instanceof SyncProblem ? error : new SyncProblem('storage-failed', error instanceof Error ? error.message : String(error));
    const record = { code: problem.code, detail: problem.detail, at: context.now() };
    await updateSyncState(context.db, { lastError: record, ...(problem.code === 'log-not-extended' ? { alarm: record } : {}) });
    return { ok: false, problem };
  }
}

/** A function, not an inline test: the signal is aborted from outside, between the awaits. */
function signedOut(context: SyncContext): boolean {
  return context.signal?.aborted === true;
}

function stopped(): SyncProblem {
  return new SyncProblem('stopped', 'the user signed out');
}
