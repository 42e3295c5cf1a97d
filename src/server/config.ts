import path from 'node:path';
import { z } from 'zod';
import { configError } from './config-error.ts';
import { packageRoot } from './package-info.ts';

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

export interface Config {
  readonly port: number;
  readonly host: string;
  /** Absolute path. */
  readonly dataDir: string;
  /** A postgres:// URL selects PostgreSQL; undefined selects SQLite at `dataDir/hornbill.sqlite`. */
  readonly databaseUrl: string | undefined;
  readonly logLevel: LogLevel;
  /** Absolute path to the built PWA. */
  readonly staticDir: string;
}

/** Every environment variable the server reads, with its default: the single source for `hornbill --help`. */
export const environmentVariables = [
  { name: 'PORT', defaultValue: '8080', description: 'TCP port to listen on (0 picks a free one)' },
  {
    name: 'HOST',
    defaultValue: '127.0.0.1',
    description: 'address to bind; loopback, since the PWA needs a secure context (localhost or HTTPS): production runs behind a TLS reverse proxy',
  },
  { name: 'DATA_DIR', defaultValue: './data', description: 'data directory (SQLite database), resolved against the working directory' },
  { name: 'DATABASE_URL', defaultValue: 'unset', description: 'postgres://user:password@host:port/db selects PostgreSQL; unset uses SQLite in DATA_DIR' },
  { name: 'LOG_LEVEL', defaultValue: 'info', description: logLevels.join(' | ') },
  { name: 'STATIC_DIR', defaultValue: '<package>/dist', description: 'the built PWA (`npm run build`)' },
  {
    name: 'HORNBILL_ROOT_PASSPHRASE',
    defaultValue: 'asked on the terminal',
    description: 'passphrase of the root key (authority init, user remove, serve); never printed or logged',
  },
] as const;

export type Environment = Readonly<Record<string, string | undefined>>;

const portSchema = z
  .string()
  .regex(/^\d+$/, 'must be a whole number')
  .transform(Number)
  .pipe(z.number().max(65535, 'must be between 0 and 65535'));

const databaseUrlSchema = z
  .string()
  .refine((value) => /^postgres(ql)?:\/\/[^/]/.test(value), 'must be a postgres:// URL (leave it unset for SQLite)');

const logLevelSchema = z.enum(logLevels, { error: `must be one of ${logLevels.join(', ')}` });

/**
 * Reads and validates the configuration. Empty variables count as unset. Throws a ConfigError naming the
 * first bad setting. Checks that need I/O (DATA_DIR writable, database reachable, STATIC_DIR built, port
 * free) happen where that I/O happens: openStore, assertStaticSite, listen.
 */
export function loadConfig(env: Environment, cwd: string): Config {
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const databaseUrl = read('DATABASE_URL');
  return {
    port: parseSetting('PORT', portSchema, read('PORT') ?? '8080'),
    host: read('HOST') ?? '127.0.0.1',
    dataDir: path.resolve(cwd, read('DATA_DIR') ?? './data'),
    databaseUrl: databaseUrl === undefined ? undefined : parseSetting('DATABASE_URL', databaseUrlSchema, databaseUrl),
    logLevel: parseSetting('LOG_LEVEL', logLevelSchema, read('LOG_LEVEL') ?? 'info'),
    staticDir: path.resolve(cwd, read('STATIC_DIR') ?? path.join(packageRoot, 'dist')),
  };
}

function parseSetting<T>(name: string, schema: z.ZodType<T>, raw: string): T {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  // Never echo DATABASE_URL: it may carry a password.
  const shown = name === 'DATABASE_URL' ? '' : ` (got '${raw}')`;
  throw configError(name, `${result.error.issues[0]?.message ?? 'invalid'}${shown}`);
}
