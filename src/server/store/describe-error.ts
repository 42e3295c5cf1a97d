/** A short, single-line reason for a failed system call or connection (no stack). */
export function describeError(error: unknown): string {
  if (error instanceof AggregateError && error.message === '') {
    // Node's happy-eyeballs connect fails with an empty AggregateError; its parts say why.
    return error.errors.map(describeError).join('; ');
  }
  if (error instanceof Error) {
    const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
    const message = error.message.split('\n')[0] ?? '';
    if (message === '') return code ?? error.name;
    return code === undefined || message.includes(code) ? message : `${code}: ${message}`;
  }
  return String(error);
}
