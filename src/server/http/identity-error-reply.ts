import type { FastifyReply } from 'fastify';
import { isIdentityError, type IdentityError, type IdentityErrorCode } from '../identity/identity-error.ts';
import { apiErrorBody } from './api-error.ts';

const statusOf: Readonly<Record<IdentityErrorCode, number>> = {
  authority_exists: 409,
  no_authority: 409,
  invalid_party: 400,
  wrong_passphrase: 500,
  invalid_username: 400,
  username_taken: 409,
  weak_password: 400,
  wrong_password: 400,
  user_not_found: 404,
  user_removed: 409,
  cannot_remove_self: 409,
  invalid_proof: 400,
  key_already_enrolled: 409,
  device_codes_exhausted: 503,
  device_not_found: 404,
  device_revoked: 409,
  not_device_owner: 403,
  root_key_locked: 503,
};

export function sendIdentityError(reply: FastifyReply, error: IdentityError): FastifyReply {
  return reply.code(statusOf[error.code]).send(apiErrorBody(error.code, error.message));
}

/** Runs a route's action and answers an identity error with its status and code; anything else propagates. */
export async function answerIdentityErrors<T>(reply: FastifyReply, action: () => Promise<T>): Promise<T | FastifyReply> {
  try {
    return await action();
  } catch (error) {
    if (isIdentityError(error)) return sendIdentityError(reply, error);
    throw error;
  }
}
