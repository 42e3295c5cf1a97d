import Dexie from 'dexie';
import type { PermitDraft } from '../../core/permit/model/permit-draft.ts';
import type { HornbillDb } from './database.ts';
import { isVisibleTo } from './permit-visibility.ts';
import { permitIndexKeys } from './permit-index-keys.ts';
import { permitRecordSchema, type PermitRecord } from './permit-record.ts';
import { isQuotaExceeded, StorageFullError } from './storage-full.ts';

/**
 * A permit the user may see (see permit-visibility.ts), or undefined if this device holds none by that id (or
 * only a record that fails validation): on a shared tablet, one user never opens another's draft.
 */
export async function readPermit(db: HornbillDb, id: string, userId: string): Promise<PermitRecord | undefined> {
  const parsed = permitRecordSchema.safeParse(await db.permits.get(id));
  return parsed.success && isVisibleTo(parsed.data, userId) ? parsed.data : undefined;
}

/**
 * Writes a draft in one transaction (created on first save). A full disk aborts the transaction, so the
 * previous version stays whole, and surfaces as StorageFullError.
 */
export async function saveDraft(db: HornbillDb, draft: PermitDraft, now: Date, userId: string): Promise<PermitRecord> {
  try {
    return await db.transaction('rw', db.permits, async () => {
      const previous = await db.permits.get(draft.id);
      if (previous && previous.status !== 'draft') throw new Error(`permit ${draft.id} is ${previous.status}, no longer a draft`);
      if (previous && previous.userId !== userId) throw new Error(`draft ${draft.id} belongs to another user`);
      const record = permitRecordSchema.parse({
        id: draft.id,
        userId,
        status: 'draft',
        createdAt: previous?.createdAt ?? now.toISOString(),
        updatedAt: now.toISOString(),
        content: { ...draft, status: 'draft' },
        ...permitIndexKeys(draft),
      });
      await db.permits.put(record);
      return record;
    });
  } catch (error) {
    if (isQuotaExceeded(error)) throw new StorageFullError('storage full', { cause: error });
    throw error;
  }
}

/** Box 6 of the user's most recently changed permit on this device: a new application starts with it. */
export async function lastManagementAuthority(db: HornbillDb, userId: string): Promise<PermitDraft['managementAuthority']> {
  const latest = await db.permits.where('[userId+updatedAt]').between([userId, Dexie.minKey], [userId, Dexie.maxKey]).last();
  return latest ? permitRecordSchema.safeParse(latest).data?.content.managementAuthority : undefined;
}

/** Gives the drafts written before device identity (no `userId`) to `userId`; returns how many. */
export async function claimUnownedPermits(db: HornbillDb, userId: string): Promise<number> {
  return db.permits.filter((row) => row.userId === undefined).modify({ userId });
}
