import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';
import { isConfigError } from '../../src/server/config-error.ts';
import { assertStaticSite } from '../../src/server/http/static-site.ts';
import { packageRoot } from '../../src/server/package-info.ts';
import { redactUrl } from '../../src/server/redact-url.ts';
import { openStore } from '../../src/server/store/open-store.ts';

/** The ConfigError a call throws (sync or async), or a failed expectation. */
async function configErrorOf(action: () => unknown): Promise<{ setting: string; message: string }> {
  try {
    await action();
  } catch (error) {
    if (isConfigError(error)) return { setting: error.setting, message: error.message };
    throw error;
  }
  throw new Error('expected a ConfigError');
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('loadConfig', () => {
  it('has loopback defaults and resolves directories against the working directory', () => {
    const config = loadConfig({}, '/srv/hornbill');
    expect(config).toEqual({
      port: 8080,
      host: '127.0.0.1',
      dataDir: '/srv/hornbill/data',
      databaseUrl: undefined,
      logLevel: 'info',
      staticDir: path.join(packageRoot, 'dist'),
      noticeDelivery: { webhookUrl: undefined, email: undefined },
    });
  });

  it('reads every variable and treats empty ones as unset', () => {
    const config = loadConfig(
      { PORT: '9000', HOST: '0.0.0.0', DATA_DIR: 'var', DATABASE_URL: 'postgres://u:p@db/hq', LOG_LEVEL: 'debug', STATIC_DIR: '/www' },
      '/srv',
    );
    expect(config).toMatchObject({ port: 9000, host: '0.0.0.0', dataDir: '/srv/var', databaseUrl: 'postgres://u:p@db/hq', logLevel: 'debug', staticDir: '/www' });
    expect(loadConfig({ PORT: '', DATABASE_URL: ' ' }, '/srv')).toMatchObject({ port: 8080, databaseUrl: undefined });
  });

  it('reads the notice delivery channels', () => {
    const env = { NOTICE_WEBHOOK_URL: 'https://hook.example/n', SMTP_URL: 'smtps://u:p@mail.example', NOTICE_EMAIL_TO: 'a@x.org, b@y.org', NOTICE_EMAIL_FROM: 'hq@kws.example' };
    expect(loadConfig(env, '/srv').noticeDelivery).toEqual({
      webhookUrl: 'https://hook.example/n',
      email: { smtpUrl: 'smtps://u:p@mail.example', to: ['a@x.org', 'b@y.org'], from: 'hq@kws.example' },
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '8.5' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ DATABASE_URL: 'mysql://root:hunter2@db/hq' }, 'DATABASE_URL'],
    [{ NOTICE_WEBHOOK_URL: 'ftp://hook/hunter2' }, 'NOTICE_WEBHOOK_URL'],
    [{ SMTP_URL: 'smtp://u:hunter2@mail', NOTICE_EMAIL_TO: 'secretariat' }, 'NOTICE_EMAIL_TO'],
    [{ SMTP_URL: 'http://u:hunter2@mail', NOTICE_EMAIL_TO: 'cites@un.org' }, 'SMTP_URL'],
    [{ SMTP_URL: 'smtp://u:hunter2@mail' }, 'NOTICE_EMAIL_TO'],
    [{ NOTICE_EMAIL_TO: 'cites@un.org' }, 'SMTP_URL'],
  ])('rejects %o naming %s', async (env, setting) => {
    const error = await configErrorOf(() => loadConfig(env, '/srv'));
    expect(error.setting).toBe(setting);
    expect(error.message).toMatch(new RegExp(`^${setting}: `));
    expect(error.message).not.toContain('hunter2');
  });
});

describe('openStore configuration errors', () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'hornbill-config-'));
  });
  afterAll(() => rm(scratch, { recursive: true, force: true }));

  it('names DATA_DIR when it cannot be a directory (under a regular file, so even root fails)', async () => {
    const file = path.join(scratch, 'a-file');
    await writeFile(file, 'not a directory');
    const error = await configErrorOf(() => openStore({ dataDir: path.join(file, 'data'), databaseUrl: undefined }));
    expect(error.setting).toBe('DATA_DIR');
    expect(error.message).toContain(path.join(file, 'data'));
  });

  it('names DATABASE_URL when PostgreSQL is unreachable, without the password', async () => {
    const port = await closedPort();
    const error = await configErrorOf(() => openStore({ dataDir: scratch, databaseUrl: `postgres://hq:s3cret-pw@127.0.0.1:${port}/hq` }));
    expect(error.setting).toBe('DATABASE_URL');
    expect(error.message).toContain(`127.0.0.1:${port}`);
    expect(error.message).not.toContain('s3cret-pw');
  });

  it('names STATIC_DIR when the PWA is not built, and says how to build it', async () => {
    const error = await configErrorOf(() => assertStaticSite(scratch));
    expect(error.setting).toBe('STATIC_DIR');
    expect(error.message).toContain('npm run build');
  });
});

describe('redactUrl', () => {
  it('hides the password and keeps the rest', () => {
    expect(redactUrl('postgres://hq:s3cret@db:5432/hq')).toBe('postgres://hq:***@db:5432/hq');
    expect(redactUrl('postgres://db/hq')).toBe('postgres://db/hq');
  });
});
