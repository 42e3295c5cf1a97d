import type { FastifyReply } from 'fastify';
import { apiErrorBody } from './api-error.ts';

/** 503 for an action that must sign with the root key while the server runs without it. */
export function sendRootKeyLocked(reply: FastifyReply, action: string): FastifyReply {
  return reply
    .code(503)
    .send(apiErrorBody('root_key_locked', `the server runs without the root key (set HORNBILL_ROOT_PASSPHRASE), so it cannot ${action}`));
}
