import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliEnvironment, runCli, spawnCli, waitForListening } from '../support/run-cli.ts';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'hornbill-cli-'));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

async function listeningServer(): Promise<{ server: Server; port: number }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { server, port: address.port };
}

async function closedPort(): Promise<number> {
  const { server, port } = await listeningServer();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Asserts a configuration failure: exit 1 and exactly one stderr line, starting with the setting's name. */
function expectOneLineConfigError(result: { code: number | null; stderr: string }, setting: string): string {
  expect(result.code).toBe(1);
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^hornbill: ${setting}: `));
  return lines[0] ?? '';
}

describe('hornbill CLI', () => {
  it('prints the package version', async () => {
    const manifest = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    const result = await runCli(['--version']);
    expect(result).toMatchObject({ code: 0, stdout: `${manifest.version}\n` });
  });

  it('lists commands and every environment variable in --help', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    for (const word of ['serve', 'PORT', 'HOST', 'DATA_DIR', 'DATABASE_URL', 'LOG_LEVEL', 'STATIC_DIR']) {
      expect(result.stdout).toContain(word);
    }
  });

  it.each([[['frobnicate']], [['--frobnicate']], [['serve', '--frobnicate']]])('rejects %j with exit 2 and one line', async (args) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('hornbill --help');
  });
});

describe('hornbill serve configuration errors', () => {
  it('names DATA_DIR when it lies under a regular file', async () => {
    const file = path.join(scratch, 'regular-file');
    await writeFile(file, 'x');
    const result = await runCli(['serve'], cliEnvironment({ DATA_DIR: path.join(file, 'data'), PORT: '0' }));
    expectOneLineConfigError(result, 'DATA_DIR');
  });

  it('names DATABASE_URL when PostgreSQL is unreachable, without the password', async () => {
    const port = await closedPort();
    const env = cliEnvironment({ DATABASE_URL: `postgres://hq:s3cret-pw@127.0.0.1:${port}/hq`, PORT: '0' });
    const line = expectOneLineConfigError(await runCli(['serve'], env), 'DATABASE_URL');
    expect(line).not.toContain('s3cret-pw');
  });

  it('names PORT when the port is in use', async () => {
    const { server, port } = await listeningServer();
    try {
      const result = await runCli(['serve'], cliEnvironment({ DATA_DIR: path.join(scratch, 'busy'), PORT: String(port) }));
      expect(expectOneLineConfigError(result, 'PORT')).toContain(String(port));
    } finally {
      server.close();
    }
  });

  it('names PORT when it is not a number', async () => {
    expectOneLineConfigError(await runCli(['serve'], cliEnvironment({ PORT: 'http' })), 'PORT');
  });

  it('names STATIC_DIR and says to build when index.html is missing', async () => {
    const result = await runCli(['serve'], cliEnvironment({ STATIC_DIR: scratch, DATA_DIR: path.join(scratch, 'nostatic') }));
    expect(expectOneLineConfigError(result, 'STATIC_DIR')).toContain('npm run build');
  });
});

describe('hornbill serve', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('answers health, then stops cleanly on %s', async (signal) => {
    const running = spawnCli(['serve'], cliEnvironment({ DATA_DIR: path.join(scratch, `serve-${signal}`), PORT: '0' }));
    const url = await waitForListening(running);
    const response = await fetch(`${url}/api/v1/health`);
    expect(await response.json()).toMatchObject({ status: 'ok', db: 'sqlite' });
    running.child.kill(signal);
    const result = await running.exited;
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Hornbill HQ listening on http:\/\/127\.0\.0\.1:\d+ \(db: sqlite at .*hornbill\.sqlite\)/);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('Hornbill HQ stopped');
    expect(result.stderr).toBe('');
  });
});
