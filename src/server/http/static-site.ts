import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { configError } from '../config-error.ts';
import { cacheControlFor } from './cache-policy.ts';

/** Fails with a STATIC_DIR config error when the PWA has not been built into staticDir. */
export function assertStaticSite(staticDir: string): void {
  const indexFile = path.join(staticDir, 'index.html');
  if (!existsSync(indexFile)) {
    throw configError('STATIC_DIR', `${indexFile} not found: run \`npm run build\` first`);
  }
}

/** Serves the built PWA: `/` is index.html; Cache-Control by file (see cache-policy.ts). */
export async function registerStaticSite(app: FastifyInstance, staticDir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: staticDir,
    cacheControl: false,
    setHeaders: (response, filePath) => {
      response.setHeader('cache-control', cacheControlFor(path.relative(staticDir, filePath)));
    },
  });
}
