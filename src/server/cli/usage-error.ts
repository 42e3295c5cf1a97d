/** A mistake on the command line: reported as one line with a pointer to --help, exit status 2. */
export interface UsageError extends Error {
  readonly name: 'UsageError';
}

export function usageError(message: string): UsageError {
  const error = new Error(message) as Error & { name: 'UsageError' };
  error.name = 'UsageError';
  return error;
}

export function isUsageError(value: unknown): value is UsageError {
  return value instanceof Error && value.name === 'UsageError';
}
