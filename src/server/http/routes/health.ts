import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Store } from '../../store/store.ts';

export interface HealthBody {
  readonly status: 'ok' | 'degraded';
  readonly version: string;
  readonly db: Store['engine'];
}

/** GET /api/v1/health: 200 when the database answers a query, 503 'degraded' when it does not. */
export function registerHealthRoute(app: FastifyInstance, store: Store, version: string): void {
  app.get('/api/v1/health', async (request, reply) => {
    void reply.header('cache-control', 'no-store');
    try {
      await sql`select 1`.execute(store.db);
      const body: HealthBody = { status: 'ok', version, db: store.engine };
      return body;
    } catch (error) {
      request.log.error({ err: error }, 'health check: database query failed');
      const body: HealthBody = { status: 'degraded', version, db: store.engine };
      return reply.code(503).send(body);
    }
  });
}
