/** The device has no room left for Hornbill's data; the write it interrupted was rolled back whole. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
}

/** Dexie reports a full disk as its own QuotaExceededError (the DOMException is its `inner`); browsers vary in where they put it. */
export function isQuotaExceeded(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'QuotaExceededError') return true;
  const inner: unknown = 'inner' in error ? error.inner : undefined;
  return inner instanceof Error && inner.name === 'QuotaExceededError';
}
