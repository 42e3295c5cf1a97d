// Push, pull and checklist page requests, signed by the device key with the session's nonce
// (docs/sync-protocol.md §Authentication). An expired nonce gets one new hello and one resend; a second
// refusal stops the run.
import type { z } from 'zod';
import type { ChecklistRequestBody } from '../../core/sync/checklist.ts';
import type { PullBody } from '../../core/sync/pull.ts';
import type { PushBody } from '../../core/sync/push.ts';
import { signSyncRequest, type SyncRequest } from '../../core/sync/signed-request.ts';
import { PROTOCOL_VERSION } from '../../core/sync/wire-types.ts';
import type { SyncContext, SyncSession } from './sync-context.ts';
import { SyncProblem } from './sync-problem.ts';
import { postSync } from './sync-transport.ts';

/** The session of a run: hello's answer, renewed when HQ says the nonce expired. */
export interface SessionHolder {
  current(): SyncSession;
  renew(): Promise<SyncSession>;
}

export type SignedBody =
  | { readonly kind: 'push'; readonly push: PushBody }
  | { readonly kind: 'pull'; readonly pull: PullBody }
  | { readonly kind: 'checklist'; readonly checklist: ChecklistRequestBody };

async function sendOnce<T>(context: SyncContext, session: SyncSession, body: SignedBody, pending: number, schema: z.ZodType<T>): Promise<T> {
  const head = { v: PROTOCOL_VERSION, device: context.device.code, nonce: session.nonce, sentAt: context.now(), pending } as const;
  const request: SyncRequest = { ...head, ...body };
  const signed = await signSyncRequest(context.device.seed, request);
  return postSync(context.fetch, body.kind, signed, schema);
}

export async function sendSigned<T>(
  context: SyncContext,
  sessions: SessionHolder,
  body: SignedBody,
  pending: number,
  schema: z.ZodType<T>,
): Promise<T> {
  try {
    return await sendOnce(context, sessions.current(), body, pending, schema);
  } catch (error) {
    if (!(error instanceof SyncProblem) || error.next !== 'hello') throw error;
  }
  try {
    return await sendOnce(context, await sessions.renew(), body, pending, schema);
  } catch (error) {
    if (error instanceof SyncProblem && error.next === 'hello') throw new SyncProblem(error.code, error.detail, 'never');
    throw error;
  }
}
