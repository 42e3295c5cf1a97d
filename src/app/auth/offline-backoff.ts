// Exponential back-off on failed offline sign-ins, the same policy as HQ's per-account one
// (src/server/identity/sign-in-backoff.ts): 3 free failures, then 1 s, 2 s, 4 s … up to 15 min, failures
// older than 24 h forgotten. The state is stored per account on the device; nothing ever sleeps: the
// sign-in answers how long to wait.
import type { FailedAttempts } from './account-record.ts';

const freeFailures = 3;
const baseMs = 1_000;
const maxMs = 15 * 60_000;
const windowMs = 24 * 60 * 60_000;

function delayAfter(failures: number): number {
  if (failures < freeFailures) return 0;
  return Math.min(baseMs * 2 ** (failures - freeFailures), maxMs);
}

/** Failures that still count at `now` (a day after the last one, the slate is clean). */
function countingFailures(attempts: FailedAttempts, now: number): number {
  return now - attempts.lastAt >= windowMs ? 0 : attempts.count;
}

/** Milliseconds until the account may try again (0: now). */
export function lockRemainingMs(attempts: FailedAttempts, now: number): number {
  const failures = countingFailures(attempts, now);
  if (failures === 0) return 0;
  return Math.max(0, attempts.lastAt + delayAfter(failures) - now);
}

export function withFailure(attempts: FailedAttempts, now: number): FailedAttempts {
  return { count: countingFailures(attempts, now) + 1, lastAt: now };
}
