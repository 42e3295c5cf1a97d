import { describeError } from './describe-error.ts';

/**
 * Errors that mean "another transaction got there first", after which running the whole transaction again
 * is correct: a unique-key collision (two publishers picking the same trust list version), PostgreSQL
 * serialization failures and deadlocks, and SQLite's busy errors (a WAL snapshot gone stale between processes).
 */
export function isConflict(error: unknown): boolean {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  return ['23505', '40001', '40P01'].includes(code) || /^SQLITE_(BUSY|CONSTRAINT_UNIQUE|CONSTRAINT_PRIMARYKEY)/.test(code);
}

const MAX_ATTEMPTS = 20;

/** Runs `transaction` until it commits without a conflict; a refusal (any other error) is thrown at once. */
export async function retryOnConflict<T>(transaction: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (error) {
      if (!isConflict(error)) throw error;
      if (attempt >= MAX_ATTEMPTS) throw new Error(`gave up after ${MAX_ATTEMPTS} conflicting attempts (${describeError(error)})`, { cause: error });
    }
  }
}
