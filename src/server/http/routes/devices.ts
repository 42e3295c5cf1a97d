import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { toBase64 } from '../../../core/crypto/base64.ts';
import { ED25519_PUBLIC_KEY_LENGTH, ED25519_SIGNATURE_LENGTH } from '../../../core/crypto/ed25519.ts';
import { ENROLMENT_NONCE_LENGTH } from '../../../core/trust/enrolment-proof.ts';
import { listDevices } from '../../identity/devices.ts';
import { enrolDevice } from '../../identity/enrol-device.ts';
import { createEnrolmentChallenge } from '../../identity/enrolment-challenges.ts';
import { reportDeviceLost } from '../../identity/report-device-lost.ts';
import { sessionOf } from '../authorize.ts';
import { base64BytesSchema } from '../base64-field.ts';
import type { IdentityContext } from '../identity-context.ts';
import { answerIdentityErrors } from '../identity-error-reply.ts';
import { parseBody } from '../parse-body.ts';
import { sendRootKeyLocked } from '../root-key-locked.ts';

const enrolmentSchema = z.strictObject({
  publicKey: base64BytesSchema(ED25519_PUBLIC_KEY_LENGTH),
  nonce: base64BytesSchema(ENROLMENT_NONCE_LENGTH),
  proof: base64BytesSchema(ED25519_SIGNATURE_LENGTH),
  label: z.string().trim().min(1).max(100).optional(),
});
const lostSchema = z.strictObject({ reason: z.string().trim().min(1).max(400).optional() }).optional();
const idParamsSchema = z.strictObject({ id: z.uuid() });

/** Device enrolment (challenge, then proof), the admin's device list, and reporting a device lost. */
export function registerDeviceRoutes(app: FastifyInstance, context: IdentityContext): void {
  const { db } = context.store;

  app.post('/api/v1/devices/challenge', async (request, reply) => {
    if (context.rootSigner === undefined) return sendRootKeyLocked(reply, 'enrol devices');
    const { user } = sessionOf(request);
    const challenge = await createEnrolmentChallenge(db, user.id, context.clock());
    return { nonce: toBase64(challenge.nonce), expiresAt: challenge.expiresAt, party: context.rootSigner.party, user: user.id };
  });

  app.post('/api/v1/devices', async (request, reply) => {
    const body = parseBody(enrolmentSchema, request.body, reply);
    if (body === undefined) return reply;
    const signer = context.rootSigner;
    if (signer === undefined) return sendRootKeyLocked(reply, 'sign device certificates');
    const userId = sessionOf(request).user.id;
    return answerIdentityErrors(reply, async () => {
      const enrolled = await enrolDevice(db, signer, { userId, ...body, label: body.label ?? null }, context.clock());
      return reply.code(201).send({
        device: enrolled.device,
        certificates: enrolled.certificates.map((certificate) => toBase64(certificate.signed)),
        trustList: toBase64(enrolled.trustList.signed),
        authority: { party: enrolled.authority.party, name: enrolled.authority.name, rootPublicKey: toBase64(enrolled.authority.rootPublicKey) },
      });
    });
  });

  app.get('/api/v1/devices', async () => ({ devices: await listDevices(db) }));

  app.post('/api/v1/devices/:id/lost', async (request, reply) => {
    const params = parseBody(idParamsSchema, request.params, reply);
    const body = params === undefined ? undefined : parseBody(lostSchema, request.body, reply);
    if (params === undefined || reply.sent) return reply;
    const signer = context.rootSigner;
    if (signer === undefined) return sendRootKeyLocked(reply, 'sign the new trust list');
    const report = { deviceId: params.id, reportedBy: sessionOf(request).user, reason: body?.reason ?? 'reported lost' };
    return answerIdentityErrors(reply, () => reportDeviceLost(db, signer, report, context.clock()));
  });
}
