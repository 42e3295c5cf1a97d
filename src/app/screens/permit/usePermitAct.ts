import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedMessage } from '../../../core/permit/localized-error.ts';
import type { Result } from '../../../core/permit/result.ts';
import type { Role } from '../../../core/permit/transition-roles.ts';
import { useSignedInUser } from '../../auth/SessionContext.tsx';
import { useDb } from '../../db/DbContext.tsx';
import type { PermitRecord } from '../../db/permit-record.ts';
import { StorageFullError } from '../../db/storage-full.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { actingIdentityFor, type ActingIdentity } from '../../log/acting-identity.ts';

/** What an act's own step ends with: the permit as the log now projects it, a refusal, or a stop it explained itself. */
export type ActStepOutcome = { readonly permit: PermitRecord } | { readonly refusal: LocalizedMessage } | 'stopped';

/** Turns what recordPermitAct or replacePermit answer into a step outcome. */
export function actOutcome(result: Result<{ readonly permit: PermitRecord }, { readonly message: LocalizedMessage }>): ActStepOutcome {
  return result.ok ? { permit: result.value.permit } : { refusal: result.error.message };
}

/**
 * The part every act on the permit screen shares: unlock the signed-in user's identity for the role, run the
 * act's own step, and say in the user's language why it did not happen (no device key, a refusal, a full disk).
 */
export function usePermitAct() {
  const { t } = useTranslation();
  const db = useDb();
  const user = useSignedInUser();
  const language = useLanguage();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const run = useCallback(
    async (role: Role, step: (identity: ActingIdentity) => Promise<ActStepOutcome>): Promise<PermitRecord | undefined> => {
      setBusy(true);
      setProblem(null);
      try {
        const account = await db.accounts.get(user.userId);
        const identity = account === undefined ? undefined : await actingIdentityFor(user, account, role);
        if (identity === undefined) {
          setProblem(t('permit.acts.noKey'));
          return undefined;
        }
        const outcome = await step(identity);
        if (outcome === 'stopped') return undefined;
        if ('refusal' in outcome) {
          setProblem(outcome.refusal[language]);
          return undefined;
        }
        return outcome.permit;
      } catch (error) {
        setProblem(error instanceof StorageFullError ? t('permit.acts.storageFull') : t('permit.acts.failed'));
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [db, user, language, t],
  );

  return { db, user, language, busy, problem, setProblem, run };
}
