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
  readonly noticeDelivery: NoticeDeliveryConfig;
}

/** Where Secretariat notices go; both channels may be set, or neither (then they are only exported). */
export interface NoticeDeliveryConfig {
  readonly webhookUrl: string | undefined;
  readonly email: { readonly smtpUrl: string; readonly to: readonly string[]; readonly from: string } | undefined;
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
  { name: 'NOTICE_WEBHOOK_URL', defaultValue: 'unset', description: 'http(s) URL that receives each signed Secretariat notice as an HTTP POST' },
  {
    name: 'SMTP_URL',
    defaultValue: 'unset',
    description: 'smtps://user:pass@host:465 or smtp://… (STARTTLS when offered; credentials only over TLS or to localhost): mail server for notices',
  },
  { name: 'NOTICE_EMAIL_TO', defaultValue: 'unset', description: 'comma-separated addresses that receive Secretariat notices (needs SMTP_URL)' },
  { name: 'NOTICE_EMAIL_FROM', defaultValue: 'hornbill@localhost', description: 'sender address of notice e-mails' },
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

const webhookUrlSchema = z.string().refine((value) => /^https?:\/\/[^/]/.test(value) && URL.canParse(value), 'must be an http:// or https:// URL');
const smtpUrlSchema = z
  .string()
  .refine((value) => /^smtps?:\/\/[^/]/.test(value) && URL.canParse(value), 'must be smtp://[user:pass@]host[:port] or smtps://…');
const emailAddressSchema = z.string().regex(/^[^\s@<>,;"]+@[^\s@<>,;"]+$/, 'must be e-mail addresses separated by commas');
const emailListSchema = z
  .string()
  .transform((value) => value.split(',').map((address) => address.trim()).filter((address) => address !== ''))
  .pipe(z.array(emailAddressSchema).min(1, 'must name at least one address'));

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
    noticeDelivery: loadNoticeDelivery(read),
  };
}

function loadNoticeDelivery(read: (name: string) => string | undefined): NoticeDeliveryConfig {
  const webhookUrl = read('NOTICE_WEBHOOK_URL');
  const smtpUrl = read('SMTP_URL');
  const to = read('NOTICE_EMAIL_TO');
  if (smtpUrl !== undefined && to === undefined) throw configError('NOTICE_EMAIL_TO', 'must be set when SMTP_URL is');
  if (smtpUrl === undefined && to !== undefined) throw configError('SMTP_URL', 'must be set when NOTICE_EMAIL_TO is');
  return {
    webhookUrl: webhookUrl === undefined ? undefined : parseSetting('NOTICE_WEBHOOK_URL', webhookUrlSchema, webhookUrl),
    email:
      smtpUrl === undefined || to === undefined
        ? undefined
        : {
            smtpUrl: parseSetting('SMTP_URL', smtpUrlSchema, smtpUrl),
            to: parseSetting('NOTICE_EMAIL_TO', emailListSchema, to),
            from: parseSetting('NOTICE_EMAIL_FROM', emailAddressSchema, read('NOTICE_EMAIL_FROM') ?? 'hornbill@localhost'),
          },
  };
}

function parseSetting<T>(name: string, schema: z.ZodType<T>, raw: string): T {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  // Never echo a URL: it may carry a password or a secret token.
  const shown = ['DATABASE_URL', 'SMTP_URL', 'NOTICE_WEBHOOK_URL'].includes(name) ? '' : ` (got '${raw}')`;
  throw configError(name, `${result.error.issues[0]?.message ?? 'invalid'}${shown}`);
}
