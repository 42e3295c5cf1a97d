import { useEffect, useState } from 'react';
import { newestTrustLists } from '../../auth/trust-lists.ts';
import { useDb } from '../../db/DbContext.tsx';

/** When HQ last confirmed the oldest of the device's newest trust lists (ms); null when none is held, undefined while reading. */
export function useTrustListsCheckedAt(): number | null | undefined {
  const db = useDb();
  const [checkedAt, setCheckedAt] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void newestTrustLists(db).then((rows) => {
      const times = rows.map((row) => Date.parse(row.checkedAt));
      if (live) setCheckedAt(times.length === 0 ? null : Math.min(...times));
    });
    return () => {
      live = false;
    };
  }, [db]);
  return checkedAt;
}
