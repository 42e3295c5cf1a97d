import { useMemo } from 'react';
import { useDb } from '../db/DbContext.tsx';
import type { SignInDependencies } from './sign-in.ts';

/** The real world for sign-in: this device's database, the network, the wall clock, the browser's online flag. */
export function useSignInDependencies(): SignInDependencies {
  const db = useDb();
  return useMemo(
    () => ({ db, fetchFn: (input, init) => fetch(input, init), now: () => Date.now(), online: () => navigator.onLine }),
    [db],
  );
}
