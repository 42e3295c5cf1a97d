import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { SignedInUser } from './signed-in-user.ts';
import { useIdleTimeout } from './useIdleTimeout.ts';

/** The session lives in memory only: a reload, sign-out or lock drops the unwrapped key with it. */
export type SessionState =
  | { readonly kind: 'signed-out' }
  | { readonly kind: 'signed-in'; readonly user: SignedInUser }
  | { readonly kind: 'locked'; readonly user: SignedInUser & { readonly device: null } };

interface SessionControls {
  readonly state: SessionState;
  signIn(user: SignedInUser): void;
  /** Drops the user and key from memory; the HQ cookie is ended best-effort by the caller. */
  signOut(): void;
  /** Drops the key but remembers who was signed in, so the lock screen asks only for the password. */
  lock(): void;
}

const SessionContext = createContext<SessionControls | null>(null);

/** Overwrites the seed's bytes, so the dropped key does not linger in memory until garbage collection. */
function forgetKey(state: SessionState): void {
  if (state.kind === 'signed-in') state.user.device?.seed.fill(0);
}

const idleEvents = ['pointerdown', 'keydown'] as const;

export function SessionProvider({ initial = { kind: 'signed-out' }, children }: { initial?: SessionState; children: ReactNode }) {
  const [state, setState] = useState<SessionState>(initial);
  const signIn = useCallback((user: SignedInUser) => setState({ kind: 'signed-in', user }), []);
  const signOut = useCallback(
    () =>
      setState((current) => {
        forgetKey(current);
        return { kind: 'signed-out' };
      }),
    [],
  );
  const lock = useCallback(
    () =>
      setState((current) => {
        if (current.kind !== 'signed-in') return current;
        forgetKey(current);
        return { kind: 'locked', user: { ...current.user, device: null } };
      }),
    [],
  );
  const idleMs = state.kind === 'signed-in' ? state.user.autoLockMinutes * 60_000 : null;
  useIdleTimeout(idleMs, idleEvents, lock);
  const controls = useMemo(() => ({ state, signIn, signOut, lock }), [state, signIn, signOut, lock]);
  return <SessionContext.Provider value={controls}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionControls {
  const controls = useContext(SessionContext);
  if (!controls) throw new Error('useSession must be used inside <SessionProvider>');
  return controls;
}

/** The signed-in user, for screens that only render when someone is signed in (the route guard sees to it). */
export function useSignedInUser(): SignedInUser {
  const { state } = useSession();
  if (state.kind !== 'signed-in') throw new Error('useSignedInUser: no one is signed in');
  return state.user;
}
