import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '../../config.ts';
import { configError } from '../../config-error.ts';
import { buildHttpServer } from '../../http/build-http-server.ts';
import { findAuthority, unlockRootKey } from '../../identity/authority.ts';
import { isIdentityError } from '../../identity/identity-error.ts';
import type { RootSigner } from '../../identity/root-signer.ts';
import { assertStaticSite } from '../../http/static-site.ts';
import { readPackageVersion } from '../../package-info.ts';
import { ensureInstallation } from '../../store/installation.ts';
import { migrateToLatest } from '../../store/migrate.ts';
import { openStore } from '../../store/open-store.ts';
import type { Store } from '../../store/store.ts';
import { isEmptyDirectory, readDemoPassphrase } from '../../demo/demo-authority.ts';
import { describeDemoStart, startDemo, type DemoStart } from '../../demo/demo-start.ts';
import { hasNoticeChannel, noticeChannelsFor } from '../../notices/notice-channels.ts';
import { deliverNotices } from '../../notices/notice-delivery.ts';
import { startNoticeScheduler, type NoticeScheduler } from '../../notices/notice-scheduler.ts';
import { parseCommandLine } from '../parse-command-line.ts';
import { ROOT_PASSPHRASE_VARIABLE, readRootPassphrase } from '../root-passphrase.ts';
import { waitForStopSignal } from '../stop-signal.ts';

export async function run(args: readonly string[]): Promise<number> {
  const { values } = parseCommandLine(args, { demo: { type: 'boolean' } });
  return serve(loadConfig(process.env, process.cwd()), values.demo === true);
}

async function serve(config: Config, demo: boolean): Promise<number> {
  // Listen for SIGTERM before anything else: a supervisor may stop us as soon as it reads the listening line,
  // and a signal that arrives before its listener exists kills the process without a clean shutdown.
  const stopSignal = waitForStopSignal();
  assertStaticSite(config.staticDir);
  // Looked at before the store opens: opening SQLite creates its file there.
  const dataDirWasEmpty = demo && isEmptyDirectory(config.dataDir);
  const store = await openStore(config);
  let app: FastifyInstance | undefined;
  let demoStart: DemoStart | undefined;
  let delivery: NoticeScheduler | undefined;
  try {
    await migrateToLatest(store.db);
    await ensureInstallation(store.db, new Date());
    demoStart = demo ? await startDemo(store, config.dataDir, dataDirWasEmpty, new Date()) : undefined;
    const demoPassphrase = demoStart === undefined || demoStart.kind === 'not-demo' ? undefined : await readDemoPassphrase(config.dataDir);
    const rootSigner = await unlockRootKeyIfPossible(store, demoPassphrase);
    app = await buildHttpServer({ config, store, version: readPackageVersion(), logger: { level: config.logLevel }, identity: { rootSigner } });
    await listen(app, config);
    delivery = await startNoticeDelivery(app, store, config);
  } catch (error) {
    await delivery?.stop();
    await app?.close();
    await store.close();
    throw error;
  }
  const url = addressUrl(app);
  process.stdout.write(`Hornbill HQ listening on ${url} (db: ${store.engine} at ${store.location})\n`);
  if (demoStart !== undefined) process.stdout.write(describeDemoStart(demoStart, url, config.dataDir));
  await stopSignal;
  await delivery?.stop();
  await app.close();
  await store.close();
  process.stdout.write('Hornbill HQ stopped\n');
  return 0;
}

/** Delivers the Secretariat notice outbox every 30 s when a webhook or SMTP is configured. */
async function startNoticeDelivery(app: FastifyInstance, store: Store, config: Config): Promise<NoticeScheduler | undefined> {
  const authority = await findAuthority(store.db);
  if (authority === undefined) return undefined;
  const clock = () => new Date();
  const channels = noticeChannelsFor(config.noticeDelivery, authority, clock);
  if (!hasNoticeChannel(channels)) return undefined;
  const runPass = async (): Promise<void> => {
    for (const outcome of await deliverNotices(store.db, channels, clock, { dueOnly: true })) {
      if (outcome.delivered) app.log.info({ notice: outcome.id, kind: outcome.kind }, 'Secretariat notice delivered');
      else app.log.warn({ notice: outcome.id, kind: outcome.kind, error: outcome.error, nextAttemptAt: outcome.nextAttemptAt }, 'Secretariat notice not delivered');
    }
  };
  return startNoticeScheduler(runPass, { intervalMs: 30_000, onError: (error) => app.log.error({ err: error }, 'notice delivery pass failed') });
}

/**
 * The root key, when there is an authority and a passphrase (environment, the demo's file, or terminal).
 * Without one the server still runs; only what signs with the root key (removing users, enrolling or
 * revoking devices) is refused until it restarts with it.
 */
async function unlockRootKeyIfPossible(store: Store, demoPassphrase: string | undefined): Promise<RootSigner | undefined> {
  if ((await findAuthority(store.db)) === undefined) return undefined;
  const fromEnvironment = process.env[ROOT_PASSPHRASE_VARIABLE];
  if ((fromEnvironment === undefined || fromEnvironment === '') && demoPassphrase !== undefined) return unlock(store, demoPassphrase);
  if (fromEnvironment === undefined && !process.stdin.isTTY) {
    process.stderr.write(`hornbill: ${ROOT_PASSPHRASE_VARIABLE} is not set: users cannot be removed nor devices enrolled over HTTP until the server restarts with it\n`);
    return undefined;
  }
  return unlock(store, await readRootPassphrase({ confirm: false }));
}

async function unlock(store: Store, passphrase: string): Promise<RootSigner> {
  try {
    return await unlockRootKey(store.db, passphrase);
  } catch (error) {
    if (isIdentityError(error)) throw configError(ROOT_PASSPHRASE_VARIABLE, error.message);
    throw error;
  }
}

async function listen(app: FastifyInstance, config: Config): Promise<void> {
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code === 'EADDRINUSE') throw configError('PORT', `port ${config.port} on ${config.host} is already in use`);
    if (code === 'EACCES') throw configError('PORT', `no permission to listen on port ${config.port}`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw configError('HOST', `cannot listen on ${config.host} (${code})`);
    throw error;
  }
}

function addressUrl(app: FastifyInstance): string {
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('the HTTP server is not listening on TCP');
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}
