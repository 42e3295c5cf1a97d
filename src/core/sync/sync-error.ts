// Errors a sync endpoint answers with (docs/sync-protocol.md §Errors), as `{error: {code, message}}` JSON like
// the rest of the API, and what the client does about each: retry later, say hello again, or stop and show it.

export const SYNC_ERROR_CODES = {
  /** The body is not CBOR / not the schema / the signature envelope is broken. */
  'sync.malformed': { status: 400, retry: 'never' },
  /** Content-Type is not application/cbor, or the Content-Encoding is not gzip/identity. */
  'sync.unsupported-media': { status: 415, retry: 'never' },
  /** Over a documented limit (limits.ts). */
  'sync.too-large': { status: 413, retry: 'never' },
  /** The device is unknown or the signature does not verify. */
  'sync.unauthenticated': { status: 401, retry: 'never' },
  /** The nonce is unknown or expired: say hello again, then resend. */
  'sync.nonce-expired': { status: 401, retry: 'hello' },
  /** The device was revoked (lost, or its user removed). */
  'sync.device-revoked': { status: 403, retry: 'never' },
  /** HQ cannot sign checkpoints now (root key locked) or is overloaded. */
  'sync.unavailable': { status: 503, retry: 'backoff' },
} as const;

export type SyncErrorCode = keyof typeof SYNC_ERROR_CODES;
export type SyncRetry = (typeof SYNC_ERROR_CODES)[SyncErrorCode]['retry'];

export function isSyncErrorCode(code: string): code is SyncErrorCode {
  return Object.hasOwn(SYNC_ERROR_CODES, code);
}

/** What the client does after an HTTP status with an error code (unknown codes: by status class). */
export function retryAfterError(status: number, code: string): SyncRetry {
  if (isSyncErrorCode(code)) return SYNC_ERROR_CODES[code].retry;
  return status >= 500 || status === 408 || status === 429 ? 'backoff' : 'never';
}
