// @vitest-environment node
// Node, not jsdom: signing needs typed arrays that pass `instanceof Uint8Array` (see record-permit-act.test.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { openHornbillDb, type HornbillDb } from '../../../src/app/db/database.ts';
import type { ActingIdentity } from '../../../src/app/log/acting-identity.ts';
import { alteredBoxes } from '../../../src/app/log/altered-boxes.ts';
import { recordPermitAct } from '../../../src/app/log/record-permit-act.ts';
import { applicationFields } from '../../../src/app/screens/application/applicationFields.ts';
import { toPermitDraft } from '../../../src/app/screens/application/toPermitDraft.ts';
import { permitDraftSchema } from '../../../src/core/permit/model/permit-draft.ts';
import { applicationContent, bodyFor, PERMIT_IDS, T0 } from '../../core/log/permit-act-fixtures.ts';

const permitId = PERMIT_IDS[0];
let db: HornbillDb | undefined;
afterEach(() => db?.close());

const officer = (userId: string, seedByte: number): ActingIdentity => ({
  userId, role: 'officer', deviceId: 'device-1', deviceCode: 'T3F', kid: new Uint8Array(8).fill(seedByte), seed: new Uint8Array(32).fill(seedByte),
});

/** The example application as the form holds it, with `change` applied to the form's fields. */
function throughForm(change: (fields: ReturnType<typeof applicationFields>) => ReturnType<typeof applicationFields> = (fields) => fields) {
  let key = 0;
  return toPermitDraft(change(applicationFields(permitDraftSchema.parse(applicationContent(permitId)), () => `key-${++key}`)));
}

describe('alteredBoxes', () => {
  it('is empty when nothing changed, and holds exactly the changed boxes, each whole', () => {
    expect(alteredBoxes(throughForm(), throughForm())).toEqual({});
    const after = throughForm((fields) => ({ ...fields, specialConditions: 'Crates sealed', importer: { ...fields.importer, name: 'Zoo Leipzig' } }));
    const boxes = alteredBoxes(throughForm(), after);
    expect(Object.keys(boxes).sort()).toEqual(['importer', 'specialConditions']);
    expect(boxes['importer']).toEqual({ ...(applicationContent(permitId)['importer'] as object), name: 'Zoo Leipzig' });
  });
});

describe('alter', () => {
  it('records exactly one altered entry and the projection shows the altered boxes, state kept', async () => {
    const database = openHornbillDb(`hornbill-alter-test-${Math.random()}`);
    db = database;
    const submitted = await recordPermitAct(database, officer('amina', 1), permitId, 'submit', bodyFor('requested', permitId), T0);
    expect(submitted.ok).toBe(true);
    const boxes = alteredBoxes(throughForm(), throughForm((fields) => ({ ...fields, specialConditions: 'Crates sealed' })));
    const altered = await recordPermitAct(database, officer('baraka', 2), permitId, 'alter', { boxes }, T0 + 1000);
    expect(altered.ok && altered.value.entry).toMatchObject({ action: 'altered', actor: 'baraka' });
    expect(await database.entries.count()).toBe(2);
    const stored = await database.permits.get(permitId);
    expect(stored).toMatchObject({ status: 'requested', content: { specialConditions: 'Crates sealed', importer: applicationContent(permitId)['importer'] } });
  });
});
