// A sync run for the signed-in user's device: the account enrolled here supplies the root key, the session
// the device key. Loaded with the rest of the engine only when a sync starts (a separate chunk).
import { parseBase64 } from '../../core/crypto/base64.ts';
import { accountRecordSchema } from '../auth/account-record.ts';
import type { Fetch } from '../auth/hq-api.ts';
import type { DeviceIdentity } from '../auth/signed-in-user.ts';
import type { HornbillDb } from '../db/database.ts';
import { runSync, type SyncRunResult } from './run-sync.ts';
import type { SyncProgress } from './sync-context.ts';
import { SyncProblem } from './sync-problem.ts';
import { updateSyncState } from './sync-state.ts';

export async function runSyncForUser(
  db: HornbillDb,
  fetchFn: Fetch,
  user: { readonly userId: string; readonly device: DeviceIdentity },
  onProgress: (progress: SyncProgress) => void,
  signal?: AbortSignal,
): Promise<SyncRunResult> {
  const account = accountRecordSchema.safeParse(await db.accounts.get(user.userId));
  const rootPublicKey = account.success ? parseBase64(account.data.rootPublicKey) : undefined;
  if (!account.success || rootPublicKey === undefined) {
    const problem = new SyncProblem('not-enrolled', `no readable enrolment of ${user.userId} on this device`);
    await updateSyncState(db, { lastError: { code: problem.code, detail: problem.detail, at: Date.now() } });
    return { ok: false, problem };
  }
  const device = { code: user.device.code, seed: user.device.seed, party: account.data.party, rootPublicKey };
  return runSync({ db, fetch: fetchFn, device, now: () => Date.now(), onProgress, ...(signal === undefined ? {} : { signal }) });
}
