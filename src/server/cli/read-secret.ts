/**
 * Asks for a secret on the terminal without echoing it (raw mode; Backspace edits, Enter ends, Ctrl-C
 * aborts). The prompt goes to stderr so stdout stays clean. Undefined when stdin is not a terminal.
 */
export function readSecret(prompt: string): Promise<string> | undefined {
  const input = process.stdin;
  if (!input.isTTY) return undefined;
  process.stderr.write(prompt);
  return new Promise((resolve, reject) => {
    let secret = '';
    const finish = (): void => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stderr.write('\n');
    };
    const onData = (chunk: Buffer): void => {
      for (const character of chunk.toString('utf8')) {
        if (character === '\r' || character === '\n') {
          finish();
          resolve(secret);
          return;
        }
        if (character === '\u0003') {
          finish();
          reject(new Error('cancelled'));
          return;
        }
        secret = character === '\u007f' || character === '\b' ? secret.slice(0, -1) : secret + character;
      }
    };
    input.setRawMode(true);
    input.resume();
    input.on('data', onData);
  });
}

/** Asks a yes/no question on the terminal (echoed); undefined when stdin is not a terminal. */
export async function confirmOnTerminal(question: string): Promise<boolean | undefined> {
  if (!process.stdin.isTTY) return undefined;
  const { createInterface } = await import('node:readline/promises');
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await terminal.question(question)).trim());
  } finally {
    terminal.close();
  }
}
