import { useEffect, useState } from 'react';
import { newestTrustLists } from '../../auth/trust-lists.ts';
import { useDb } from '../../db/DbContext.tsx';

export interface HeldLists {
  /** When HQ last confirmed the oldest of the device's newest trust lists (ms); null when none is held. */
  readonly checkedAt: number | null;
  /** Whether any status list is held (verified again at each check; this only decides the note). */
  readonly statusListsHeld: boolean;
}

/** What the inspector screen says about the lists held, before a check; undefined while reading. */
export function useHeldLists(): HeldLists | undefined {
  const db = useDb();
  const [held, setHeld] = useState<HeldLists | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void Promise.all([newestTrustLists(db), db.statusLists.count()]).then(([rows, statusLists]) => {
      const times = rows.map((row) => Date.parse(row.checkedAt));
      if (live) setHeld({ checkedAt: times.length === 0 ? null : Math.min(...times), statusListsHeld: statusLists > 0 });
    });
    return () => {
      live = false;
    };
  }, [db]);
  return held;
}
