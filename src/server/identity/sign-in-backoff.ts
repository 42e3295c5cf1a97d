// Exponential back-off on failed sign-ins, per account and per client address. The server never sleeps:
// while locked it answers 429 with Retry-After. After the free failures, each further failure doubles the
// wait, up to a cap that acts as a lock-out.

export interface BackoffPolicy {
  /** Failures allowed before any wait. */
  readonly freeFailures: number;
  readonly baseMs: number;
  readonly maxMs: number;
  /** Failures older than this no longer count. */
  readonly windowMs: number;
}

/** Per account: 3 free, then 1 s, 2 s, 4 s … up to 15 min; counted since the last success, within 24 h. */
export const accountBackoff: BackoffPolicy = { freeFailures: 3, baseMs: 1_000, maxMs: 15 * 60_000, windowMs: 24 * 60 * 60_000 };

/** Per address (one office NAT may hold many users): 10 free, then 1 s doubling up to 1 h, within 1 h. */
export const addressBackoff: BackoffPolicy = { freeFailures: 10, baseMs: 1_000, maxMs: 60 * 60_000, windowMs: 60 * 60_000 };

/** How long to wait after `failures` counted failures, in ms (0 = no wait). */
export function backoffDelay(failures: number, policy: BackoffPolicy): number {
  if (failures < policy.freeFailures) return 0;
  return Math.min(policy.baseMs * 2 ** (failures - policy.freeFailures), policy.maxMs);
}
