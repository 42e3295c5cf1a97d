// The real HQ for load rows: a database of its own (SQLite in a throwaway DATA_DIR, or a throwaway database
// on the PostgreSQL server of DATABASE_URL) that the bench fills through the store, then the production
// `hornbill serve` process (bin/hornbill.mjs) on a free loopback port, with a clean environment.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openStore } from '../../src/server/store/open-store.ts';
import type { Engine, Store } from '../../src/server/store/store.ts';

const launcher = fileURLToPath(new URL('../../bin/hornbill.mjs', import.meta.url));

/** An empty database for one row, and the settings that point `serve` at it. */
export interface BenchDatabase {
  readonly engine: Engine;
  readonly dataDir: string;
  /** Unset for SQLite. */
  readonly databaseUrl: string | undefined;
  open(): Promise<Store>;
  dispose(): Promise<void>;
}

export function sqliteDatabase(): BenchDatabase {
  const dataDir = mkdtempSync(join(tmpdir(), 'hornbill-bench-hq-'));
  return {
    engine: 'sqlite',
    dataDir,
    databaseUrl: undefined,
    open: () => openStore({ dataDir, databaseUrl: undefined }),
    dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/** A database of its own on the server of `serverUrl`, dropped by dispose. */
export async function postgresDatabase(serverUrl: string): Promise<BenchDatabase> {
  const name = `hornbill_bench_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const dataDir = mkdtempSync(join(tmpdir(), 'hornbill-bench-hq-'));
  return {
    engine: 'postgres',
    dataDir,
    databaseUrl,
    open: () => openStore({ dataDir, databaseUrl }),
    dispose: async () => {
      await onServer(serverUrl, `drop database if exists ${name} with (force)`);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export interface ServingHq {
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

/** `hornbill serve` on 127.0.0.1 with the root passphrase; resolves on its listening line. */
export function serveHq(database: BenchDatabase, rootPassphrase: string): Promise<ServingHq> {
  const staticDir = mkdtempSync(join(tmpdir(), 'hornbill-bench-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Hornbill</title>\n');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? '',
    DATA_DIR: database.dataDir,
    STATIC_DIR: staticDir,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'warn',
    HORNBILL_ROOT_PASSPHRASE: rootPassphrase,
    ...(database.databaseUrl === undefined ? {} : { DATABASE_URL: database.databaseUrl }),
  };
  const child = spawn(process.execPath, [launcher, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => {
    rmSync(staticDir, { recursive: true, force: true });
    resolve();
  }));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url !== undefined && child.pid !== undefined) resolve({ url, pid: child.pid, stop });
    });
    void exited.then(() => reject(new Error(`bench: hornbill serve exited before listening:\n${output}`)));
  });
}

/** CPU time (user + system) a process has used so far, from /proc; undefined where there is no /proc. */
export function processCpuMs(pid: number): number | undefined {
  try {
    // Fields after the parenthesised command name: utime and stime are the 12th and 13th, in clock ticks (100 Hz on Linux).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * 10 : undefined;
  } catch {
    return undefined;
  }
}
