import { useEffect, useState } from 'react';
import { useDb } from '../db/DbContext.tsx';
import { loadChecklist, onChecklistChanged, type LoadedChecklist } from './loadChecklist.ts';

/**
 * The loaded checklist; 'loading' until it has been read, 'failed' if it cannot be loaded. A checklist
 * stored by a sync replaces it without a reload (the previous one stays shown while the new one loads).
 */
export function useChecklist(): LoadedChecklist | 'loading' | 'failed' {
  const db = useDb();
  const [checklist, setChecklist] = useState<LoadedChecklist | 'loading' | 'failed'>('loading');
  const [generation, setGeneration] = useState(0);
  useEffect(() => onChecklistChanged(() => setGeneration((previous) => previous + 1)), []);
  useEffect(() => {
    let live = true;
    loadChecklist(db).then(
      (loaded) => live && setChecklist(loaded),
      () => live && setChecklist('failed'),
    );
    return () => {
      live = false;
    };
  }, [db, generation]);
  return checklist;
}
