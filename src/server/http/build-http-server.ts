import fastifyCompress from '@fastify/compress';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config, LogLevel } from '../config.ts';
import type { RootSigner } from '../identity/root-signer.ts';
import type { Store } from '../store/store.ts';
import { createSyncContext } from '../sync/sync-context.ts';
import { enforceRouteRoles } from './authorize.ts';
import { handleErrors, handleNotFound } from './error-handlers.ts';
import { registerDeviceRoutes } from './routes/devices.ts';
import { registerForeignTrustListRoutes } from './routes/foreign-trust-lists.ts';
import { registerHealthRoute } from './routes/health.ts';
import { registerHqLogRoutes } from './routes/hq-log.ts';
import { registerHqQuotaRoutes } from './routes/hq-quota.ts';
import { registerNoticeRoutes } from './routes/notices.ts';
import { registerSessionRoutes } from './routes/session.ts';
import { registerSyncRoutes } from './routes/sync.ts';
import { registerTrustListRoute } from './routes/trust-list.ts';
import { registerUserRoutes } from './routes/users.ts';
import { addSecurityHeaders } from './security-headers.ts';
import { registerStaticSite } from './static-site.ts';

export interface HttpServerOptions {
  readonly config: Pick<Config, 'staticDir'>;
  readonly store: Store;
  readonly version: string;
  /** false in tests; the serve command logs at LOG_LEVEL. */
  readonly logger: false | { readonly level: LogLevel };
  /** Defaults: the wall clock, production password cost, no root key (removing users and devices, enrolling devices answer 503). */
  readonly identity?: {
    readonly clock?: () => Date;
    readonly passwordIterations?: number;
    readonly rootSigner?: RootSigner | undefined;
  };
}

// Compress text, JSON, CBOR (sync), JavaScript, WebAssembly and SVG; images and fonts are compressed already.
const compressibleTypes = /^text\/|\+json|\/json|\/cbor|javascript|\/wasm|\+xml|\/xml/;

/**
 * The HQ HTTP server, not yet listening (tests call `listen({ port: 0 })` or `inject`). Fastify's default
 * request log holds method, URL and remote address only: no bodies, no headers (so no credentials).
 */
export async function buildHttpServer(options: HttpServerOptions): Promise<FastifyInstance> {
  // trustProxy 'loopback': behind the TLS proxy on the same machine (docs/operations.md), request.ip and
  // request.protocol come from X-Forwarded-For/-Proto, so sign-in back-off is per real client address.
  const app = Fastify({ logger: options.logger === false ? false : { level: options.logger.level }, trustProxy: 'loopback' });
  const identity = {
    store: options.store,
    clock: options.identity?.clock ?? (() => new Date()),
    passwordIterations: options.identity?.passwordIterations,
    rootSigner: options.identity?.rootSigner,
  };
  enforceRouteRoles(app, identity);
  addSecurityHeaders(app);
  await app.register(fastifyCompress, { encodings: ['br', 'gzip'], threshold: 1024, customTypes: compressibleTypes });
  handleErrors(app);
  handleNotFound(app);
  registerHealthRoute(app, options.store, options.version);
  registerSessionRoutes(app, identity);
  registerUserRoutes(app, identity);
  registerTrustListRoute(app, identity);
  registerDeviceRoutes(app, identity);
  registerForeignTrustListRoutes(app, identity);
  registerNoticeRoutes(app, identity);
  const sync = createSyncContext({ db: options.store.db, engine: options.store.engine, clock: identity.clock, rootSigner: identity.rootSigner });
  await registerSyncRoutes(app, sync);
  registerHqLogRoutes(app, identity, sync);
  registerHqQuotaRoutes(app, identity);
  await registerStaticSite(app, options.config.staticDir);
  return app;
}
