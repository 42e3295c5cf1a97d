import { useCallback, useEffect, useRef, useState } from 'react';
import { useSignedInUser } from '../../auth/SessionContext.tsx';
import type { HornbillDb } from '../../db/database.ts';
import { saveDraft } from '../../db/permits.ts';
import { StorageFullError } from '../../db/storage-full.ts';
import type { ApplicationFields } from './applicationFields.ts';
import { toPermitDraft } from './toPermitDraft.ts';

export type SaveState =
  | { kind: 'new' }
  | { kind: 'pending' }
  | { kind: 'saved'; at: Date | null }
  | { kind: 'failed'; reason: 'storage-full' | 'other' };

const autosaveDelayMs = 300;

/**
 * Stores the application as a draft ~300 ms after the last change, and at once when the page is hidden or
 * the form closes, so a reload loses nothing. `onFirstSave` runs once the draft first exists on disk.
 */
export function useDraftAutosave(
  db: HornbillDb,
  fields: ApplicationFields,
  existsOnDisk: boolean,
  onFirstSave: () => void,
): SaveState {
  const { userId } = useSignedInUser();
  const [state, setState] = useState<SaveState>(existsOnDisk ? { kind: 'saved', at: null } : { kind: 'new' });
  const stored = useRef(fields); // what the database holds (or, for a new draft, what needs no saving)
  const unsaved = useRef<ApplicationFields | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const firstSaveDone = useRef(existsOnDisk);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const content = unsaved.current;
    if (!content) return;
    unsaved.current = null;
    try {
      await saveDraft(db, toPermitDraft(content), new Date(), userId);
      stored.current = content;
      // A change typed while this one was being written is still to save.
      setState(unsaved.current ? { kind: 'pending' } : { kind: 'saved', at: new Date() });
      if (!firstSaveDone.current) {
        firstSaveDone.current = true;
        onFirstSave();
      }
    } catch (error) {
      unsaved.current ??= content; // retried with the next change
      setState({ kind: 'failed', reason: error instanceof StorageFullError ? 'storage-full' : 'other' });
    }
  }, [db, onFirstSave, userId]);

  useEffect(() => {
    if (fields === stored.current) return;
    unsaved.current = fields;
    setState({ kind: 'pending' });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), autosaveDelayMs);
  }, [fields, flush]);

  useEffect(() => {
    const flushWhenHidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const flushNow = () => void flush();
    document.addEventListener('visibilitychange', flushWhenHidden);
    window.addEventListener('pagehide', flushNow);
    return () => {
      document.removeEventListener('visibilitychange', flushWhenHidden);
      window.removeEventListener('pagehide', flushNow);
      void flush(); // leaving the form (another screen) must not drop the last keystrokes
    };
  }, [flush]);

  return state;
}
