import type { Transaction } from 'dexie';

/**
 * Every version the device database has had, oldest first. A version is never edited once shipped: a change
 * is a new entry with its upgrade, so a tablet that skipped releases climbs the whole ladder on next start.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const schemaVersions: readonly SchemaVersion[] = [
  {
    // v1: loose key/value settings rows ({ key: 'language', value: 'fr' }).
    version: 1,
    stores: { settings: 'key' },
  },
  {
    // v2: one validated preferences record per device; the key/value rows are folded into it and dropped.
    version: 2,
    stores: { preferences: 'id', settings: null },
    upgrade: async (tx) => {
      const rows = (await tx.table('settings').toArray()) as { key: unknown; value: unknown }[];
      const language = rows.find((row) => row.key === 'language')?.value;
      await tx.table('preferences').put({ id: 'device', ...(typeof language === 'string' ? { language } : {}) });
    },
  },
  {
    // v3: drafts and permits in one table (a draft is a permit with status 'draft'). Nothing to migrate:
    // preferences stay as they are. Per-user separation (identity issue) will add `userId` and a
    // `[userId+updatedAt]` index in a later version.
    version: 3,
    stores: {
      permits: 'id, status, documentType, updatedAt, [status+updatedAt], *speciesIds, *parties, *searchWords',
    },
  },
  {
    // v4 (device identity): the users enrolled on this device, the verified trust lists, and the owner of
    // each draft. Nothing to migrate: v3 drafts have no `userId`, so no user's list shows them; the first
    // user enrolled on the device takes them over (claimUnownedPermits).
    version: 4,
    stores: {
      accounts: 'userId, &username',
      trustLists: '[party+version], party',
      permits:
        'id, status, documentType, updatedAt, [status+updatedAt], *speciesIds, *parties, *searchWords, userId, [userId+updatedAt], [userId+status+updatedAt]',
    },
  },
  {
    // v5 (audit log): the device's signed entries (by id, by [device+seq] for the chain, by permit for a
    // permit's audit trail) and each device chain's head. Nothing to migrate: the log starts empty.
    version: 5,
    stores: {
      entries: 'id, &[device+seq], permit',
      chainHeads: 'device',
    },
  },
  {
    // v6 (issue, replace): the last permit number sequence (box 1) this device allocated, per device code
    // and year; and which draft replaces which permit. Nothing to migrate: both start empty.
    version: 6,
    stores: { permitNumberSequences: '[device+year]', replacements: 'replacement, replaced' },
  },
  {
    // v7 (sync): verified status lists pulled from HQ, the checkpoints the device verified, HQ's receipt of
    // each own entry (by entry id, and by checkpoint), and one row of sync state. Nothing to migrate.
    version: 7,
    stores: {
      statusLists: '[party+version], party',
      checkpoints: 'treeSize',
      receipts: 'entryId, treeSize',
      syncState: 'id',
    },
  },
  {
    // v8 (quota shares): the quota shares HQ gave this device, by taxon and year, and one row naming the
    // version of that set (sent with every pull). Nothing to migrate: the device holds none until a pull.
    version: 8,
    stores: { quotaShares: '[taxonId+year]', quotaShareSet: 'id' },
  },
  {
    // v9 (checklist updates): the taxa of the checklist pulled from HQ, one row naming it, and the staging
    // area of a download (the descriptor followed, the pages received), so a cut download resumes at the
    // first missing page. Nothing to migrate: until a download is applied, the bundled checklist is held.
    version: 9,
    stores: { checklistTaxa: 'id', checklistHeld: 'id', checklistDownload: 'id', checklistPages: 'page' },
  },
];

export const currentSchemaVersion = schemaVersions[schemaVersions.length - 1]?.version ?? 0;
