import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { acknowledgeAlert, listHqAlerts } from '../../hq/hq-alerts.ts';
import { logIdentity, newestCheckpointView } from '../../hq/hq-checkpoint.ts';
import { listHqDevices } from '../../hq/hq-devices.ts';
import { listHqPermits } from '../../hq/hq-permits.ts';
import { pageQuerySchema } from '../../hq/page.ts';
import { hqPermitWithTrail } from '../../hq/permit-trail.ts';
import type { SyncContext } from '../../sync/sync-context.ts';
import { apiErrorBody } from '../api-error.ts';
import { sessionOf } from '../authorize.ts';
import type { IdentityContext } from '../identity-context.ts';
import { parseBody } from '../parse-body.ts';

const permitsQuerySchema = z.strictObject({
  ...pageQuerySchema,
  status: z.string().trim().min(1).max(40).optional(),
  number: z.string().trim().min(1).max(64).optional(),
});
const alertsQuerySchema = z.strictObject(pageQuerySchema);
const permitParamsSchema = z.strictObject({ id: z.string().min(1).max(64) });
const alertParamsSchema = z.strictObject({ id: z.uuid() });

/** HQ's read views of the synced log for admins: permits with their merged trails, devices, alerts, the checkpoint. */
export function registerHqLogRoutes(app: FastifyInstance, context: IdentityContext, sync: Pick<SyncContext, 'logKey'>): void {
  const { db } = context.store;

  app.get('/api/v1/hq/permits', async (request, reply) => {
    const query = parseBody(permitsQuerySchema, request.query, reply);
    if (query === undefined) return reply;
    const page = await listHqPermits(db, query);
    return { permits: page.items, nextOffset: page.nextOffset };
  });

  app.get('/api/v1/hq/permits/:id', async (request, reply) => {
    const params = parseBody(permitParamsSchema, request.params, reply);
    if (params === undefined) return reply;
    const permit = await hqPermitWithTrail(db, params.id);
    if (permit === undefined) return reply.code(404).send(apiErrorBody('permit_not_found', `HQ holds no permit with id ${params.id}`));
    return { permit };
  });

  app.get('/api/v1/hq/devices', async () => ({ devices: await listHqDevices(db) }));

  app.get('/api/v1/hq/alerts', async (request, reply) => {
    const query = parseBody(alertsQuerySchema, request.query, reply);
    if (query === undefined) return reply;
    const page = await listHqAlerts(db, query);
    return { alerts: page.items, nextOffset: page.nextOffset };
  });

  app.post('/api/v1/hq/alerts/:id/acknowledge', async (request, reply) => {
    const params = parseBody(alertParamsSchema, request.params, reply);
    if (params === undefined) return reply;
    const found = await acknowledgeAlert(db, params.id, sessionOf(request).user.id, context.clock());
    if (!found) return reply.code(404).send(apiErrorBody('alert_not_found', `no alert with id ${params.id}`));
    return reply.code(204).send();
  });

  app.get('/api/v1/hq/checkpoint', async () => {
    // The log key derives from the root key (once per process, in the sync context): without it the verifier
    // key cannot be shown, the checkpoint can.
    const logKey = await sync.logKey();
    const log = logKey === undefined ? null : logIdentity(logKey);
    return { checkpoint: await newestCheckpointView(db), log };
  });
}
