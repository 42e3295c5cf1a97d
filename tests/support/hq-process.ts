import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningHq {
  url: string;
  process: ChildProcessWithoutNullStreams;
  output: () => string;
  stop: () => Promise<number | null>;
}

/**
 * Starts the real HQ server (`node bin/hornbill.mjs serve`) on a free loopback port with a throwaway DATA_DIR,
 * and resolves once it prints its listening line: no sleeping, no polling.
 */
export function startHq(env: Record<string, string> = {}): Promise<RunningHq> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hornbill-hq-'));
  const child = spawn(process.execPath, ['bin/hornbill.mjs', 'serve'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '', ...env },
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    const code = await exited;
    rmSync(dataDir, { recursive: true, force: true });
    return code;
  };
  return new Promise((resolve, reject) => {
    let listening = false;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = listening ? null : /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        listening = true;
        resolve({ url: match[1], process: child, output: () => output, stop });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => reject(new Error(`HQ exited with ${code} before listening:\n${output}`)));
  });
}
