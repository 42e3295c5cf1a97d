import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { apiErrorBody } from './api-error.ts';

/** The body checked against the schema, or undefined after answering 400 `invalid_body` naming the first problem. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown, reply: FastifyReply): z.infer<S> | undefined {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? 'body' : issue.path.join('.');
  void reply.code(400).send(apiErrorBody('invalid_body', `${where}: ${issue?.message ?? 'invalid'}`));
  return undefined;
}
