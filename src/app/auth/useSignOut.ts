import { useCallback } from 'react';
import { useSession } from './SessionContext.tsx';

/** Drops the session from memory at once, and ends the HQ cookie session when HQ can be reached. */
export function useSignOut(): () => void {
  const { signOut } = useSession();
  return useCallback(() => {
    signOut();
    if (!navigator.onLine) return;
    import('./hq-api.ts')
      .then(({ endHqSession }) => endHqSession((input, init) => fetch(input, init)))
      .catch(() => undefined);
  }, [signOut]);
}
