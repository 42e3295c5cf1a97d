import { useEffect } from 'react';
import { useDb } from '../db/DbContext.tsx';
import { accountRecordSchema } from './account-record.ts';
import { useSession } from './SessionContext.tsx';

/**
 * While a user enrolled on this device is signed in: pulls the own Party's trust list now and each time the
 * browser comes online. A refused list changes nothing; its reason goes to the console for support staff.
 */
export function useTrustListPull(): void {
  const db = useDb();
  const { state } = useSession();
  const userId = state.kind === 'signed-in' && state.user.device !== null ? state.user.userId : null;
  useEffect(() => {
    if (userId === null) return;
    const pull = async () => {
      const account = accountRecordSchema.safeParse(await db.accounts.get(userId));
      if (!account.success) return;
      const { pullTrustList } = await import('./pull-trust-list.ts');
      const result = await pullTrustList((input, init) => fetch(input, init), db, account.data, new Date());
      if (result.kind === 'refused') console.warn(`Hornbill: trust list refused: ${result.reason}`);
    };
    const pullNow = () => void pull();
    pullNow();
    window.addEventListener('online', pullNow);
    return () => window.removeEventListener('online', pullNow);
  }, [db, userId]);
}
