// Why a sync step stopped, as a code the UI puts into words, and what the engine does next: say hello again,
// retry with backoff, halve the batch, or stop and show it.
import { retryAfterError } from '../../core/sync/sync-error.ts';

export const SYNC_PROBLEM_CODES = [
  'network',
  'hq-unavailable',
  'nonce-expired',
  'unauthenticated',
  'device-revoked',
  'request-refused',
  'too-large',
  'bad-answer',
  'log-key-refused',
  'checkpoint-refused',
  'receipt-refused',
  'list-refused',
  'pulled-entry-refused',
  'log-not-extended',
  'not-enrolled',
  'storage-failed',
  'stopped',
] as const;
export type SyncProblemCode = (typeof SYNC_PROBLEM_CODES)[number];

export type SyncNextStep = 'hello' | 'backoff' | 'halve' | 'never';

/** A sync step that did not complete; nothing of that step was stored. */
export class SyncProblem extends Error {
  override readonly name = 'SyncProblem';
  constructor(
    readonly code: SyncProblemCode,
    readonly detail: string,
    readonly next: SyncNextStep = 'never',
  ) {
    super(`${code}: ${detail}`);
  }
}

const PROBLEM_OF_ERROR_CODE: Readonly<Record<string, SyncProblemCode>> = {
  'sync.malformed': 'request-refused',
  'sync.unsupported-media': 'request-refused',
  'sync.too-large': 'too-large',
  'sync.unauthenticated': 'unauthenticated',
  'sync.nonce-expired': 'nonce-expired',
  'sync.device-revoked': 'device-revoked',
  'sync.unavailable': 'hq-unavailable',
};

/** HQ answered an error status: the problem and the next step of docs/sync-protocol.md §Errors. */
export function problemFromHttpError(status: number, code: string, message: string): SyncProblem {
  const detail = `HQ answered ${status} ${code}: ${message}`;
  if (status === 413) return new SyncProblem('too-large', detail, 'halve');
  const retry = retryAfterError(status, code);
  const known = PROBLEM_OF_ERROR_CODE[code];
  if (retry === 'backoff') return new SyncProblem(known ?? 'hq-unavailable', detail, 'backoff');
  if (retry === 'hello') return new SyncProblem(known ?? 'nonce-expired', detail, 'hello');
  return new SyncProblem(known ?? 'request-refused', detail, 'never');
}

export function networkProblem(error: unknown): SyncProblem {
  return new SyncProblem('network', error instanceof Error ? error.message : 'HQ cannot be reached', 'backoff');
}
