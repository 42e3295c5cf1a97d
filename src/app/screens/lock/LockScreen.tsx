import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignInProblem } from '../../auth/sign-in-problem.ts';
import type { SignedInUser } from '../../auth/signed-in-user.ts';
import { useSession } from '../../auth/SessionContext.tsx';
import { useSignInDependencies } from '../../auth/useSignInDependencies.ts';
import { useSignOut } from '../../auth/useSignOut.ts';
import { CredentialsForm } from '../signin/CredentialsForm.tsx';
import { SignInProblemMessage } from '../signin/SignInProblemMessage.tsx';

/**
 * After the idle time: the route in the address and the autosaved draft stay as they were; the same user
 * gives the password again (checked on the device, with the same back-off) or signs out.
 */
export function LockScreen({ user }: { user: SignedInUser }) {
  const { t } = useTranslation();
  const deps = useSignInDependencies();
  const session = useSession();
  const signOut = useSignOut();
  const [problem, setProblem] = useState<SignInProblem | null>(null);
  const [busy, setBusy] = useState(false);

  async function unlock(password: string) {
    setBusy(true);
    setProblem(null);
    const { signIn } = await import('../../auth/sign-in.ts');
    const outcome = await signIn(deps, user.username, password);
    setBusy(false);
    if (outcome.kind === 'signed-in') session.signIn(outcome.user);
    else setProblem(outcome.kind === 'problem' ? outcome.problem : { kind: 'wrong-password' });
  }

  return (
    <section className="card sign-in" aria-labelledby="lock-heading">
      <h2 id="lock-heading">{t('lock.title')}</h2>
      <p>{t('lock.intro', { name: user.displayName })}</p>
      <CredentialsForm busy={busy} username={user.username} submitLabel={t('lock.unlock')} onSubmit={(_username, password) => void unlock(password)} />
      <SignInProblemMessage problem={problem} />
      <p>
        <button type="button" className="button--secondary" onClick={signOut}>
          {t('session.signOut')}
        </button>
      </p>
    </section>
  );
}
