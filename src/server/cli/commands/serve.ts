import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '../../config.ts';
import { configError } from '../../config-error.ts';
import { buildHttpServer } from '../../http/build-http-server.ts';
import { assertStaticSite } from '../../http/static-site.ts';
import { readPackageVersion } from '../../package-info.ts';
import { ensureInstallation } from '../../store/installation.ts';
import { migrateToLatest } from '../../store/migrate.ts';
import { openStore } from '../../store/open-store.ts';
import { parseCommandLine } from '../parse-command-line.ts';
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
    app = await buildHttpServer({ config, store, version: readPackageVersion(), logger: { level: config.logLevel } });
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
