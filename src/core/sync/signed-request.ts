// Push, pull and checklist page requests are signed by the device key (docs/sync-protocol.md §Authentication):
// a COSE_Sign1 document whose payload names the device, the session nonce from hello and the device's clock.
// HQ verifies it with the public key it recorded at enrolment, so a request needs no password and no cookie,
// and a replay is useless once the nonce expires (and harmless before: push is idempotent, pull and checklist
// pages return what the device may read anyway).
import { z } from 'zod';
import { encodeDocumentPayload, openCoseDocument, signCoseDocument } from '../trust/cose-document.ts';
import { accept, refuse, type Checked } from '../log/verdict.ts';
import { checklistRequestBodySchema } from './checklist.ts';
import { pullBodySchema } from './pull.ts';
import { pushBodySchema } from './push.ts';
import { deviceCodeSchema, millisSchema, nonceSchema, PROTOCOL_VERSION } from './wire-types.ts';

const requestHead = {
  v: z.literal(PROTOCOL_VERSION),
  device: deviceCodeSchema,
  nonce: nonceSchema,
  /** The device's clock when it signed (ms): HQ compares it with its own for the skew alert. */
  sentAt: millisSchema,
  /** How many of its own entries the device holds without a receipt (shown at HQ). */
  pending: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
};

export const syncRequestSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...requestHead, kind: z.literal('push'), push: pushBodySchema }),
  z.strictObject({ ...requestHead, kind: z.literal('pull'), pull: pullBodySchema }),
  z.strictObject({ ...requestHead, kind: z.literal('checklist'), checklist: checklistRequestBodySchema }),
]);
export type SyncRequest = z.infer<typeof syncRequestSchema>;

/** Signs a request with the device key's seed. Throws on a schema breach (a caller's bug). */
export async function signSyncRequest(deviceSeed: Uint8Array, request: SyncRequest): Promise<Uint8Array> {
  return signCoseDocument(deviceSeed, encodeDocumentPayload(syncRequestSchema.parse(request)));
}

export interface OpenedSyncRequest {
  readonly request: SyncRequest;
  /** Checks the signature with the public key HQ holds for `request.device`. */
  verify(publicKey: Uint8Array): Promise<boolean>;
}

/** Decodes and schema-checks a signed request; the caller looks up the device's key and calls verify. */
export function openSyncRequest(bytes: Uint8Array): Checked<OpenedSyncRequest> {
  const opened = openCoseDocument(bytes, 'sync request');
  if (!opened.ok) return opened;
  if (opened.value.unprotectedHeader.size !== 0) return refuse('sync request: the unprotected header must be empty');
  const parsed = syncRequestSchema.safeParse(opened.value.payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(`sync request: ${issue === undefined ? 'invalid' : `${issue.path.join('.') || 'body'}: ${issue.message}`}`);
  }
  return accept({ request: parsed.data, verify: (publicKey) => opened.value.verify(publicKey) });
}
