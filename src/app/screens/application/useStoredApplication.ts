import { useEffect, useState } from 'react';
import type { PermitDraft } from '../../../core/permit/model/permit-draft.ts';
import { PERMIT_FORMAT } from '../../../core/permit/model/permit.ts';
import { useSignedInUser } from '../../auth/SessionContext.tsx';
import { useDb } from '../../db/DbContext.tsx';
import { lastManagementAuthority, readPermit } from '../../db/permits.ts';
import { applicationFields, type ApplicationFields } from './applicationFields.ts';

type StoredApplication =
  | { state: 'loading' }
  | { state: 'ready'; fields: ApplicationFields }
  | { state: 'missing' }
  | { state: 'not-a-draft' };

/** Reads the draft to edit once; a new one starts empty but for box 6, copied from the last permit on this device. */
export function useStoredApplication(id: string, isNew: boolean): StoredApplication {
  const db = useDb();
  const { userId } = useSignedInUser();
  const [stored, setStored] = useState<StoredApplication>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    async function load(): Promise<StoredApplication> {
      const newKey = () => crypto.randomUUID();
      if (isNew) {
        const draft: PermitDraft = { format: PERMIT_FORMAT, id, status: 'draft', managementAuthority: await lastManagementAuthority(db, userId) };
        return { state: 'ready', fields: applicationFields(draft, newKey) };
      }
      const record = await readPermit(db, id, userId);
      if (!record) return { state: 'missing' };
      if (record.status !== 'draft') return { state: 'not-a-draft' };
      return { state: 'ready', fields: applicationFields(record.content, newKey) };
    }
    void load().then((loaded) => live && setStored(loaded));
    return () => {
      live = false;
    };
    // Read once per draft: `isNew` turning false after the first save must not reload the form being typed.
  }, [db, id, userId]);
  return stored;
}
