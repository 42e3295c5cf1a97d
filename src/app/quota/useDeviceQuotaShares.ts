import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import type { QuotaShare } from '../../core/permit/rules/quota-share.ts';
import { useSession } from '../auth/SessionContext.tsx';
import { useDb } from '../db/DbContext.tsx';
import { deviceQuotaShares } from './device-quota-shares.ts';

const NO_SHARES: readonly QuotaShare[] = [];

/**
 * The shares this device holds with their use so far, kept current as permits are issued and pulls bring new
 * shares. None while the session has no device key (locked, admin) or until the first read answers.
 */
export function useDeviceQuotaShares(): readonly QuotaShare[] {
  const db = useDb();
  const { state } = useSession();
  const device = state.kind === 'signed-in' ? (state.user.device?.code ?? null) : null;
  const [held, setHeld] = useState<{ device: string; shares: readonly QuotaShare[] } | null>(null);
  useEffect(() => {
    if (device === null) return undefined;
    const subscription = liveQuery(() => deviceQuotaShares(db, device)).subscribe({
      next: (shares) => setHeld({ device, shares }),
      error: () => setHeld({ device, shares: NO_SHARES }),
    });
    return () => subscription.unsubscribe();
  }, [db, device]);
  return held !== null && held.device === device ? held.shares : NO_SHARES;
}
