import { useEffect, useState } from 'react';
import { useSignedInUser } from '../../auth/SessionContext.tsx';
import { useDb } from '../../db/DbContext.tsx';
import { queryPermits, type PermitFilters, type PermitPage } from '../../db/permit-query.ts';

export const pageSize = 25;

/** The page of permits the filters select; the previous page stays on screen while the next one is read. */
export function usePermitPage(filters: PermitFilters, page: number): PermitPage | null {
  const db = useDb();
  const { userId } = useSignedInUser();
  const [result, setResult] = useState<PermitPage | null>(null);
  useEffect(() => {
    let live = true;
    void queryPermits(db, userId, filters, page, pageSize).then((loaded) => live && setResult(loaded));
    return () => {
      live = false;
    };
  }, [db, filters, page, userId]);
  return result;
}
