import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { parseBase64 } from '../../../core/crypto/base64.ts';
import { rootKeyFingerprint } from '../../../core/trust/fingerprint.ts';
import type { TrustList } from '../../../core/trust/trust-list.ts';
import { verifyTrustList } from '../../../core/trust/verify-trust-list.ts';
import { foreignTrustListProblem, listForeignTrustLists, storeForeignTrustList } from '../../identity/foreign-trust-lists.ts';
import { apiErrorBody } from '../api-error.ts';
import type { IdentityContext } from '../identity-context.ts';
import { parseBody } from '../parse-body.ts';

/** A trust list of several thousand certificates, base64 in JSON. */
const MAX_TRUST_LIST_BYTES = 6 * 1024 * 1024;
const bodyLimit = Math.ceil(MAX_TRUST_LIST_BYTES / 3) * 4 + 1024;

const signedFileSchema = z
  .string()
  .min(1)
  .max(Math.ceil(MAX_TRUST_LIST_BYTES / 3) * 4)
  .transform((text, context) => {
    const bytes = parseBase64(text);
    if (bytes === undefined) {
      context.addIssue({ code: 'custom', message: 'must be standard base64' });
      return z.NEVER;
    }
    return bytes;
  });
const previewSchema = z.strictObject({ signed: signedFileSchema });
const importSchema = z.strictObject({ signed: signedFileSchema, rootKeyFingerprint: z.string().min(1).max(200) });

/** Fingerprints compare without spaces and case: `3f2a09c1…` is the same as `3F2A 09C1 …`. */
function normaliseFingerprint(fingerprint: string): string {
  return fingerprint.replace(/\s+/g, '').toUpperCase();
}

function summaryOf(list: TrustList) {
  return {
    party: list.party,
    version: list.version,
    issuedAt: new Date(list.issuedAt).toISOString(),
    certificates: list.certificates.length,
    revocations: list.revocations.length,
    rootKeyFingerprint: rootKeyFingerprint(list.rootPublicKey),
  };
}

/** The verified list, or undefined after answering 400 `invalid_trust_list` with the verifier's reason. */
async function verifiedOrRefuse(signed: Uint8Array, reply: FastifyReply): Promise<TrustList | undefined> {
  const verified = await verifyTrustList(signed);
  if (verified.ok) return verified.value;
  void reply.code(400).send(apiErrorBody('invalid_trust_list', verified.reason));
  return undefined;
}

/**
 * Another Party's trust list, imported in two steps as `hornbill trust import` does: preview verifies the
 * file and shows its Party and root key fingerprint without storing anything; the admin compares the
 * fingerprint out of band, then sends the file again with the fingerprint they confirmed, and it is stored.
 */
export function registerForeignTrustListRoutes(app: FastifyInstance, context: IdentityContext): void {
  const { db } = context.store;

  app.get('/api/v1/trust-lists/foreign', async () => ({ trustLists: await listForeignTrustLists(db) }));

  app.post('/api/v1/trust-lists/foreign/preview', { bodyLimit }, async (request, reply) => {
    const body = parseBody(previewSchema, request.body, reply);
    if (body === undefined) return reply;
    const list = await verifiedOrRefuse(body.signed, reply);
    if (list === undefined) return reply;
    const problem = await foreignTrustListProblem(db, list);
    if (problem !== undefined) return reply.code(409).send(apiErrorBody(problem.code, problem.message));
    return summaryOf(list);
  });

  app.post('/api/v1/trust-lists/foreign', { bodyLimit }, async (request, reply) => {
    const body = parseBody(importSchema, request.body, reply);
    if (body === undefined) return reply;
    const list = await verifiedOrRefuse(body.signed, reply);
    if (list === undefined) return reply;
    const summary = summaryOf(list);
    if (normaliseFingerprint(body.rootKeyFingerprint) !== normaliseFingerprint(summary.rootKeyFingerprint)) {
      return reply.code(409).send(apiErrorBody('fingerprint_mismatch', 'the root key fingerprint confirmed is not the one of this trust list'));
    }
    const problem = await db.transaction().execute(async (trx) => {
      const found = await foreignTrustListProblem(trx, list);
      if (found === undefined) await storeForeignTrustList(trx, list, body.signed, context.clock());
      return found;
    });
    if (problem !== undefined) return reply.code(409).send(apiErrorBody(problem.code, problem.message));
    return reply.code(201).send(summary);
  });
}
