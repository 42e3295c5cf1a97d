// A sync request HQ refuses as a whole: the code (core/sync/sync-error.ts gives its HTTP status) and why.
import type { SyncErrorCode } from '../../core/sync/sync-error.ts';

export interface SyncFailure {
  readonly ok: false;
  readonly code: SyncErrorCode;
  readonly message: string;
}

export function syncFailure(code: SyncErrorCode, message: string): SyncFailure {
  return { ok: false, code, message };
}
