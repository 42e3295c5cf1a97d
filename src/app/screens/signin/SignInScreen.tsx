import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Enrolment } from '../../auth/enrol-device.ts';
import type { HqUser } from '../../auth/hq-api.ts';
import type { SignInOutcome } from '../../auth/sign-in.ts';
import type { SignInProblem } from '../../auth/sign-in-problem.ts';
import { useSession } from '../../auth/SessionContext.tsx';
import { isAdminOnly } from '../../auth/signed-in-user.ts';
import { useSignInDependencies } from '../../auth/useSignInDependencies.ts';
import { hrefFor } from '../../router/routes.ts';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import { CredentialsForm } from './CredentialsForm.tsx';
import { EnrolledNotice } from './EnrolledNotice.tsx';
import { SignInProblemMessage } from './SignInProblemMessage.tsx';

// Loaded when the user submits: the HQ client and the key unwrapping stay out of the app shell.
const signInSteps = () => import('../../auth/sign-in.ts');

type Step =
  | { kind: 'credentials' }
  | { kind: 'change-password'; user: HqUser; autoLockMinutes: number; oneTimePassword: string }
  | { kind: 'enrolled'; enrolment: Enrolment };

/** Shown in place of any screen that needs a user while no one is signed in; the route is kept. */
export function SignInScreen() {
  const { t } = useTranslation();
  const deps = useSignInDependencies();
  const session = useSession();
  const [step, setStep] = useState<Step>({ kind: 'credentials' });
  const [problem, setProblem] = useState<SignInProblem | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(action: () => Promise<SignInOutcome>, oneTimePassword = '') {
    setBusy(true);
    setProblem(null);
    const outcome = await action();
    setBusy(false);
    if (outcome.kind === 'problem') setProblem(outcome.problem);
    else if (outcome.kind === 'enrolled') setStep({ kind: 'enrolled', enrolment: outcome.enrolment });
    else if (outcome.kind === 'must-change-password') setStep({ kind: 'change-password', user: outcome.user, autoLockMinutes: outcome.autoLockMinutes, oneTimePassword });
    else {
      session.signIn(outcome.user);
      if (isAdminOnly(outcome.user.roles)) window.location.hash = hrefFor({ screen: 'admin', section: 'users' });
    }
  }

  const changePassword = (pending: Extract<Step, { kind: 'change-password' }>, newPassword: string, repeated: string) => {
    if (newPassword !== repeated) setProblem({ kind: 'mismatch' });
    else void run(async () => (await signInSteps()).changePasswordAndContinue(deps, pending, newPassword));
  };

  return (
    <section className="card sign-in" aria-labelledby="sign-in-heading">
      <h2 id="sign-in-heading">{t('signIn.title')}</h2>
      {step.kind === 'credentials' && (
        <>
          <p>{t('signIn.intro')}</p>
          <CredentialsForm
            busy={busy}
            submitLabel={t('signIn.submit')}
            onSubmit={(username, password) => void run(async () => (await signInSteps()).signIn(deps, username, password), password)}
          />
        </>
      )}
      {step.kind === 'change-password' && (
        <ChangePasswordForm busy={busy} onSubmit={(newPassword, repeated) => changePassword(step, newPassword, repeated)} />
      )}
      {step.kind === 'enrolled' && <EnrolledNotice enrolment={step.enrolment} onContinue={() => session.signIn(step.enrolment.user)} />}
      <SignInProblemMessage problem={problem} />
    </section>
  );
}
