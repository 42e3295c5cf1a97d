import { useEffect, useState } from 'react';
import { useOnlineStatus } from '../../../shell/useOnlineStatus.ts';
import type { z } from 'zod';
import { hqRequest, type HqFailure, type HqResult } from '../api/hqRequest.ts';
import { sessionSchema, type HqUser } from '../api/schemas.ts';

export type AdminSession =
  | { readonly state: 'checking' }
  | { readonly state: 'offline' }
  | { readonly state: 'signed-out' }
  | { readonly state: 'not-admin'; readonly user: HqUser }
  | { readonly state: 'must-change-password'; readonly user: HqUser }
  | { readonly state: 'failed'; readonly failure: HqFailure }
  | { readonly state: 'admin'; readonly user: HqUser };

/** Asks HQ who is signed in (GET /api/v1/session), again whenever the connection comes back. */
export function useAdminSession(): AdminSession {
  const online = useOnlineStatus();
  const [session, setSession] = useState<AdminSession>({ state: 'checking' });
  useEffect(() => {
    if (!online) return;
    let current = true;
    void hqRequest('/api/v1/session', sessionSchema).then((result) => {
      if (current) setSession(sessionFrom(result));
    });
    return () => {
      current = false;
    };
  }, [online]);
  return online ? session : { state: 'offline' };
}

function sessionFrom(result: HqResult<z.infer<typeof sessionSchema>>): AdminSession {
  if (!result.ok) {
    if (result.failure.kind === 'offline') return { state: 'offline' };
    if (result.failure.status === 401) return { state: 'signed-out' };
    return { state: 'failed', failure: result.failure };
  }
  const { user } = result.value;
  if (!user.roles.includes('admin')) return { state: 'not-admin', user };
  if (user.mustChangePassword) return { state: 'must-change-password', user };
  return { state: 'admin', user };
}
