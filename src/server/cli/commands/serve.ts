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
import { parseCommandLine } from '../parse-command-line.ts';
import { ROOT_PASSPHRASE_VARIABLE, readRootPassphrase } from '../root-passphrase.ts';
import { waitForStopSignal } from '../stop-signal.ts';

export async function run(args: readonly string[]): Promise<number> {
  parseCommandLine(args, {});
  return serve(loadConfig(process.env, process.cwd()));
}

async function serve(config: Config): Promise<number> {
  assertStaticSite(config.staticDir);
  const store = await openStore(config);
  let app: FastifyInstance | undefined;
  try {
    await migrateToLatest(store.db);
    await ensureInstallation(store.db, new Date());
    const rootSigner = await unlockRootKeyIfPossible(store);
    app = await buildHttpServer({ config, store, version: readPackageVersion(), logger: { level: config.logLevel }, identity: { rootSigner } });
    await listen(app, config);
  } catch (error) {
    await app?.close();
    await store.close();
    throw error;
  }
  process.stdout.write(`Hornbill HQ listening on ${addressUrl(app)} (db: ${store.engine} at ${store.location})\n`);
  await waitForStopSignal();
  await app.close();
  await store.close();
  process.stdout.write('Hornbill HQ stopped\n');
  return 0;
}

/**
 * The root key, when there is an authority and a passphrase (environment or terminal). Without one the server
 * still runs; only removing users (which signs a new trust list) is refused until it restarts with it.
 */
async function unlockRootKeyIfPossible(store: Awaited<ReturnType<typeof openStore>>): Promise<RootSigner | undefined> {
  if ((await findAuthority(store.db)) === undefined) return undefined;
  if (process.env[ROOT_PASSPHRASE_VARIABLE] === undefined && !process.stdin.isTTY) {
    process.stderr.write(`hornbill: ${ROOT_PASSPHRASE_VARIABLE} is not set: users cannot be removed over HTTP until the server restarts with it\n`);
    return undefined;
  }
  try {
    return await unlockRootKey(store.db, await readRootPassphrase({ confirm: false }));
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
