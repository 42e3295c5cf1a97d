import type { TFunction } from 'i18next';
import type { HqFailure } from '../api/hqRequest.ts';

/** The API error codes with a message of their own under `admin.errors` in every locale. */
const knownCodes = [
  'unauthenticated',
  'invalid_session',
  'forbidden',
  'password_change_required',
  'invalid_body',
  'invalid_username',
  'username_taken',
  'user_not_found',
  'user_removed',
  'cannot_remove_self',
  'root_key_locked',
  'device_not_found',
  'device_revoked',
  'not_device_owner',
  'no_trust_list',
  'unreadable_file',
  'invalid_trust_list',
  'own_party_trust_list',
  'foreign_root_key_changed',
  'trust_list_not_newer',
  'fingerprint_mismatch',
  'notice_not_found',
  'permit_not_found',
  'alert_not_found',
] as const;
type KnownCode = (typeof knownCodes)[number];

function isKnownCode(code: string): code is KnownCode {
  return (knownCodes as readonly string[]).includes(code);
}

/** A failure in the user's language; an unknown code gets the generic message naming the code. */
export function failureMessage(t: TFunction, failure: HqFailure): string {
  if (failure.kind === 'offline') return t('admin.errors.offline');
  if (isKnownCode(failure.code)) return t(`admin.errors.${failure.code}`);
  return t('admin.errors.unknown', { code: failure.code });
}
