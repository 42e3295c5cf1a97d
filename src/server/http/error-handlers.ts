import type { FastifyInstance } from 'fastify';
import { apiErrorBody } from './api-error.ts';

/**
 * Unknown /api paths get a JSON 404. Other unknown paths that a browser navigates to get index.html, so a
 * deep link into the PWA works before its service worker is installed; anything else is a plain 404.
 */
export function handleNotFound(app: FastifyInstance): void {
  app.setNotFoundHandler(async (request, reply) => {
    const pathname = request.url.split('?')[0] ?? '';
    const isNavigation = (request.method === 'GET' || request.method === 'HEAD') && (request.headers.accept ?? '').includes('text/html');
    if (!pathname.startsWith('/api/') && isNavigation) {
      return reply.sendFile('index.html');
    }
    return reply.code(404).send(apiErrorBody('not_found', `no route for ${request.method} ${pathname}`));
  });
}

/** Errors become `{ error: { code, message } }`; a server fault is logged and its details kept out of the reply. */
export function handleErrors(app: FastifyInstance): void {
  app.setErrorHandler(async (error, request, reply) => {
    const status = typeof error === 'object' && error !== null && 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply.code(status).send(apiErrorBody('internal_error', 'internal server error'));
    }
    const message = error instanceof Error ? error.message : 'bad request';
    return reply.code(status).send(apiErrorBody(status === 404 ? 'not_found' : 'bad_request', message));
  });
}
