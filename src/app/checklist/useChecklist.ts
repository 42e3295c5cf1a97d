import { useEffect, useState } from 'react';
import { loadChecklist, type LoadedChecklist } from './loadChecklist.ts';

/** The loaded checklist; 'loading' until its chunk has arrived, 'failed' if it cannot be loaded. */
export function useChecklist(): LoadedChecklist | 'loading' | 'failed' {
  const [checklist, setChecklist] = useState<LoadedChecklist | 'loading' | 'failed'>('loading');
  useEffect(() => {
    let live = true;
    loadChecklist().then(
      (loaded) => live && setChecklist(loaded),
      () => live && setChecklist('failed'),
    );
    return () => {
      live = false;
    };
  }, []);
  return checklist;
}
