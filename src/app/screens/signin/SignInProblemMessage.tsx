import { useTranslation } from 'react-i18next';
import type { SignInProblem } from '../../auth/sign-in-problem.ts';

export function SignInProblemMessage({ problem }: { problem: SignInProblem | null }) {
  const { t } = useTranslation();
  if (problem === null) return null;
  const text = (() => {
    switch (problem.kind) {
      case 'wrong-password':
        return t('signIn.wrongPassword');
      case 'wait':
        return t('signIn.wait', { seconds: problem.seconds });
      case 'removed':
        return t('signIn.removed');
      case 'needs-connection':
        return t('signIn.needsConnection');
      case 'mismatch':
        return t('signIn.mismatch');
      case 'weak-password':
        return t('signIn.weakPassword', { reason: problem.reason });
      case 'enrolment-refused':
        return t('signIn.enrolmentRefused', { reason: problem.reason });
      case 'hq-error':
        return t('signIn.hqError', { reason: problem.reason });
    }
  })();
  return (
    <p className="sign-in__problem" role="alert" data-testid="sign-in-problem">
      {text}
    </p>
  );
}
