// Retry delays after a failure that may pass (docs/sync-protocol.md §Errors): exponential backoff with full
// jitter, delay = random(0, min(cap, base × 2^attempt)), so tablets that lost HQ together do not return together.
export const BACKOFF_BASE_MS = 2_000;
export const BACKOFF_CAP_MS = 5 * 60_000;

/** `attempt` counts the failures since the last success, from 0; `random` is in [0, 1). */
export function backoffDelay(attempt: number, random: () => number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(attempt, 30));
  return Math.floor(random() * ceiling);
}
