import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The PostgreSQL server the tests may use (each test file makes its own databases), or null: none. */
    databaseUrl: string | null;
  }
}

const throwawayScript = fileURLToPath(new URL('../../scripts/pg-throwaway.sh', import.meta.url));

/**
 * Vitest globalSetup for the `server` project: use DATABASE_URL if set, else start a throwaway cluster with
 * scripts/pg-throwaway.sh and stop it at teardown. Without PostgreSQL it provides null; the PostgreSQL tests
 * then skip, or fail under CI=true (see tests/support/test-engines.ts).
 */
export default function setup(project: TestProject): (() => void) | undefined {
  const fromEnvironment = process.env['DATABASE_URL'];
  if (fromEnvironment !== undefined && fromEnvironment !== '') {
    project.provide('databaseUrl', fromEnvironment);
    return undefined;
  }
  let output: string;
  try {
    output = execFileSync(throwawayScript, ['start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = typeof error === 'object' && error !== null && 'stderr' in error ? String(error.stderr).trim() : String(error);
    console.warn(`PostgreSQL tests will not run: no DATABASE_URL and no throwaway cluster (${stderr.split('\n').pop() ?? ''})`);
    project.provide('databaseUrl', null);
    return undefined;
  }
  const assignments = output.trim().split('\n').map((line) => line.replace(/^export /, ''));
  const values = new Map(assignments.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
  const databaseUrl = values.get('DATABASE_URL');
  const clusterDir = values.get('PGTHROWAWAY_DIR');
  if (databaseUrl === undefined || clusterDir === undefined) throw new Error(`pg-throwaway.sh printed no DATABASE_URL: ${output}`);
  project.provide('databaseUrl', databaseUrl);
  return () => {
    execFileSync(throwawayScript, ['stop', clusterDir], { stdio: 'inherit' });
  };
}
