import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { staticFixtureDir } from './static-fixture.ts';

const launcher = fileURLToPath(new URL('../../bin/hornbill.mjs', import.meta.url));

export interface CliResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The environment for a CLI child: PATH and HOME from this process, the static fixture, quiet logs, and
 * nothing else (in particular no DATABASE_URL that the test run itself may have).
 */
export function cliEnvironment(overrides: Readonly<Record<string, string>>): Record<string, string> {
  return {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? '',
    STATIC_DIR: staticFixtureDir,
    LOG_LEVEL: 'warn',
    ...overrides,
  };
}

export interface RunningCli {
  readonly child: ChildProcess;
  /** Settles when the process exits, with everything it wrote. */
  readonly exited: Promise<CliResult>;
}

export function spawnCli(args: readonly string[], env: Record<string, string>): RunningCli {
  const child = spawn(process.execPath, [launcher, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<CliResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, exited };
}

export function runCli(args: readonly string[], env: Record<string, string> = cliEnvironment({})): Promise<CliResult> {
  return spawnCli(args, env).exited;
}

/** Resolves with the URL from serve's "listening on" line; rejects if the process exits before printing it. */
export function waitForListening(running: RunningCli): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    running.child.stdout?.on('data', (chunk: string) => {
      seen += chunk;
      const match = /Hornbill HQ listening on (http:\/\/\S+)/.exec(seen);
      if (match?.[1] !== undefined) resolve(match[1]);
    });
    void running.exited.then((result) => reject(new Error(`serve exited (${String(result.code)}) before listening: ${result.stderr}`)));
  });
}
