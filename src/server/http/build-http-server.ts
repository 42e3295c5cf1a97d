import fastifyCompress from '@fastify/compress';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config, LogLevel } from '../config.ts';
import type { Store } from '../store/store.ts';
import { handleErrors, handleNotFound } from './error-handlers.ts';
import { registerHealthRoute } from './routes/health.ts';
import { addSecurityHeaders } from './security-headers.ts';
import { registerStaticSite } from './static-site.ts';

export interface HttpServerOptions {
  readonly config: Pick<Config, 'staticDir'>;
  readonly store: Store;
  readonly version: string;
  /** false in tests; the serve command logs at LOG_LEVEL. */
  readonly logger: false | { readonly level: LogLevel };
}

// Compress text, JSON, JavaScript, WebAssembly and SVG; images and fonts are compressed already.
const compressibleTypes = /^text\/|\+json|\/json|javascript|\/wasm|\+xml|\/xml/;

/**
 * The HQ HTTP server, not yet listening (tests call `listen({ port: 0 })` or `inject`). Fastify's default
 * request log holds method, URL and remote address only: no bodies, no headers (so no credentials).
 */
export async function buildHttpServer(options: HttpServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger === false ? false : { level: options.logger.level } });
  addSecurityHeaders(app);
  await app.register(fastifyCompress, { encodings: ['br', 'gzip'], threshold: 1024, customTypes: compressibleTypes });
  handleErrors(app);
  handleNotFound(app);
  registerHealthRoute(app, options.store, options.version);
  await registerStaticSite(app, options.config.staticDir);
  return app;
}
