// @vitest-environment node
// Node, not jsdom: signing needs typed arrays that pass `instanceof Uint8Array` (see record-permit-act.test.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HornbillDb } from '../../../src/app/db/database.ts';
import type { ActingIdentity } from '../../../src/app/log/acting-identity.ts';
import { decodedPermitEntries } from '../../../src/app/log/permit-entries.ts';
import { replacePermit } from '../../../src/app/log/replace-permit.ts';
import { rebuildPermits } from '../../../src/core/log/rebuild-permits.ts';
import { applicationContent, PERMIT_IDS, REPLACEMENT_ID, T0 } from '../../core/log/permit-act-fixtures.ts';
import { baraka, dalia, deviceWithIssuedPermit } from './issued-here.ts';

const permitId = PERMIT_IDS[0];
let db: HornbillDb;
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

async function issuedPermit(): Promise<HornbillDb> {
  db = await deviceWithIssuedPermit(permitId);
  return db;
}

async function replaceAs(database: HornbillDb, who: ActingIdentity) {
  const replaced = await database.permits.get(permitId);
  if (replaced === undefined) throw new Error('no permit');
  return replacePermit(database, who, { replaced, replacementId: REPLACEMENT_ID, reason: 'Wrong quantity in box 11', wallNow: T0 + 60_000 }, { fourEyesRequired: true });
}

describe('replacePermit', () => {
  it('records one replaced entry and opens a linked draft copied from the permit, without its issue boxes', async () => {
    const database = await issuedPermit();
    const entriesBefore = await database.entries.count();
    const result = await replaceAs(database, dalia);
    expect(result.ok && result.value.entry).toMatchObject({ action: 'replaced', actor: 'dalia', permit: permitId });
    expect(await database.entries.count()).toBe(entriesBefore + 1);
    expect((await database.permits.get(permitId))?.status).toBe('replaced');
    expect(rebuildPermits(await decodedPermitEntries(database, permitId)).permits.get(permitId)?.replacedBy).toBe(REPLACEMENT_ID);

    const draft = await database.permits.get(REPLACEMENT_ID);
    expect(draft).toMatchObject({ status: 'draft', userId: 'amina', content: { id: REPLACEMENT_ID, importer: applicationContent(permitId)['importer'] } });
    expect(draft?.content).not.toHaveProperty('number');
    expect(draft?.content).not.toHaveProperty('issuance');
    expect(await database.replacements.get(REPLACEMENT_ID)).toEqual({ replacement: REPLACEMENT_ID, replaced: permitId, replacedNumber: 'KE26-T3F-00042-O' });
  });

  it('leaves no draft, link or entry when the act is refused or its write fails', async () => {
    const database = await issuedPermit();
    const entriesBefore = await database.entries.count();
    expect(await replaceAs(database, baraka)).toMatchObject({ ok: false, error: { code: 'projection.role-may-not-act' } });
    vi.spyOn(database.entries, 'add').mockRejectedValueOnce(new Error('disk error'));
    await expect(replaceAs(database, dalia)).rejects.toThrow('disk error');
    expect(await database.entries.count()).toBe(entriesBefore);
    expect(await database.permits.get(REPLACEMENT_ID)).toBeUndefined();
    expect(await database.replacements.count()).toBe(0);
    expect((await database.permits.get(permitId))?.status).toBe('issued');
  });
});
