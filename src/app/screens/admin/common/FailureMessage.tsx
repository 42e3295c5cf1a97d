import { useTranslation } from 'react-i18next';
import type { HqFailure } from '../api/hqRequest.ts';
import { failureMessage } from './failureMessage.ts';
import { SIGN_IN_HREF } from './signInHref.ts';

/**
 * A refusal from HQ, in the user's language. HQ's own English message follows as detail where it adds
 * something the translation cannot know (which field, the verifier's reason). A session that ended on the
 * way (401) gets the link to sign in again.
 */
export function FailureMessage({ failure }: { failure: HqFailure }) {
  const { t } = useTranslation();
  const detail = failure.kind === 'refused' && (failure.code === 'invalid_body' || failure.code === 'invalid_trust_list') ? failure.message : undefined;
  return (
    <div className="admin-error" role="alert">
      <p>{failureMessage(t, failure)}</p>
      {detail === undefined ? null : <p className="note">{t('admin.errors.detail', { detail })}</p>}
      {failure.kind === 'refused' && failure.status === 401 ? (
        <a className="button" href={SIGN_IN_HREF}>
          {t('admin.gate.signIn')}
        </a>
      ) : null}
    </div>
  );
}
