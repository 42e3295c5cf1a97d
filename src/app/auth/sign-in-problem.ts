import { HqError } from './hq-api.ts';

/** Why a sign-in step did not go through, as the screen words it. */
export type SignInProblem =
  | { readonly kind: 'wrong-password' }
  | { readonly kind: 'wait'; readonly seconds: number }
  | { readonly kind: 'removed' }
  | { readonly kind: 'needs-connection' }
  | { readonly kind: 'mismatch' }
  | { readonly kind: 'weak-password'; readonly reason: string }
  | { readonly kind: 'enrolment-refused'; readonly reason: string }
  | { readonly kind: 'hq-error'; readonly reason: string };

/** The problem an error thrown by an online step stands for. */
export function problemOf(error: unknown): SignInProblem {
  if (error instanceof HqError) {
    if (error.code === 'invalid_credentials' || error.code === 'wrong_password') return { kind: 'wrong-password' };
    if (error.code === 'too_many_attempts') return { kind: 'wait', seconds: error.retryAfterSeconds ?? 1 };
    if (error.code === 'unreachable') return { kind: 'needs-connection' };
    if (error.code === 'weak_password') return { kind: 'weak-password', reason: error.message };
    return { kind: 'hq-error', reason: error.message };
  }
  if (error instanceof Error && error.name === 'EnrolmentRefused') return { kind: 'enrolment-refused', reason: error.message };
  return { kind: 'hq-error', reason: error instanceof Error ? error.message : String(error) };
}
