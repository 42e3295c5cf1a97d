/**
 * A refusal the caller can act on (unknown user, taken username, weak password, …). The HTTP layer maps
 * `code` to a status; the CLI prints the message and exits 1.
 */
export interface IdentityError extends Error {
  readonly name: 'IdentityError';
  readonly code: IdentityErrorCode;
}

export type IdentityErrorCode =
  | 'authority_exists'
  | 'no_authority'
  | 'invalid_party'
  | 'wrong_passphrase'
  | 'invalid_username'
  | 'username_taken'
  | 'weak_password'
  | 'wrong_password'
  | 'user_not_found'
  | 'user_removed'
  | 'cannot_remove_self'
  | 'invalid_proof'
  | 'key_already_enrolled'
  | 'device_codes_exhausted'
  | 'device_not_found'
  | 'device_revoked'
  | 'not_device_owner'
  | 'root_key_locked';

export function identityError(code: IdentityErrorCode, message: string): IdentityError {
  const error = new Error(message) as Error & { name: 'IdentityError'; code: IdentityErrorCode };
  error.name = 'IdentityError';
  error.code = code;
  return error;
}

export function isIdentityError(value: unknown): value is IdentityError {
  return value instanceof Error && value.name === 'IdentityError' && 'code' in value;
}
