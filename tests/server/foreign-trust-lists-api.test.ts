import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBase64, toBase64 } from '../../src/core/crypto/base64.ts';
import type { User } from '../../src/server/identity/user-record.ts';
import type { Store } from '../../src/server/store/store.ts';
import { foreignParty, type ForeignParty } from '../support/foreign-trust-list.ts';
import { buildIdentityServer, identityRowCounts, sessionCookie, setUpAuthority, testClock, userWithPassword } from '../support/identity-fixture.ts';
import { testEngines } from '../support/test-engines.ts';

describe.each(testEngines())('foreign trust lists API on $engine', ({ skipReason, openFresh }) => {
  describe.skipIf(skipReason !== undefined)(skipReason ?? 'with a fresh database', () => {
    const clock = testClock();
    let store: Store;
    let app: FastifyInstance;
    let admin: User;
    let tanzania: ForeignParty;
    let dispose: () => Promise<void>;

    beforeAll(async () => {
      const fresh = await openFresh();
      store = fresh.store;
      dispose = fresh.dispose;
      const { signer } = await setUpAuthority(store, clock.now);
      admin = await userWithPassword(store, 'hq-admin', ['admin'], clock.now);
      app = await buildIdentityServer(store, clock, signer);
      tanzania = await foreignParty('TZ');
    });
    afterAll(async () => {
      await app.close();
      await dispose();
    });

    /** Row counts of the identity tables but sessions, which each request's cookie adds to. */
    const storedRows = async () => {
      const counts = await identityRowCounts(store);
      delete counts['sessions'];
      return counts;
    };
    const post = async (url: string, payload: object) =>
      app.inject({ method: 'POST', url, headers: { cookie: await sessionCookie(store, admin.id, clock.now) }, payload });
    const preview = async (signed: string) => post('/api/v1/trust-lists/foreign/preview', { signed });
    const importList = async (signed: string, rootKeyFingerprint: string) => post('/api/v1/trust-lists/foreign', { signed, rootKeyFingerprint });

    it('previews a list with its Party and fingerprint without storing it, then stores it once confirmed', async () => {
      const signed = await tanzania.signedList(3);
      const before = await storedRows();
      const previewed = await preview(signed);
      expect(previewed.statusCode, previewed.body).toBe(200);
      expect(previewed.json()).toEqual({
        party: 'TZ',
        version: 3,
        issuedAt: '2026-02-01T00:00:00.000Z',
        certificates: 0,
        revocations: 0,
        rootKeyFingerprint: tanzania.fingerprint,
      });
      expect(await storedRows()).toEqual(before);

      const imported = await importList(signed, tanzania.fingerprint.toLowerCase());
      expect(imported.statusCode, imported.body).toBe(201);
      const listed = await app.inject({ method: 'GET', url: '/api/v1/trust-lists/foreign', headers: { cookie: await sessionCookie(store, admin.id, clock.now) } });
      expect(listed.json()).toEqual({
        trustLists: [{ party: 'TZ', version: 3, rootKeyFingerprint: tanzania.fingerprint, importedAt: clock.now.toISOString() }],
      });
    });

    it('refuses a tampered file with the reason, and stores nothing', async () => {
      const bytes = parseBase64(await (await foreignParty('UG')).signedList(1));
      if (bytes === undefined) throw new Error('fixture is not base64');
      const last = bytes.length - 1;
      bytes[last] = (bytes[last] ?? 0) ^ 0x01;
      const before = await storedRows();
      for (const response of [await preview(toBase64(bytes)), await importList(toBase64(bytes), 'whatever')]) {
        expect(response.statusCode).toBe(400);
        expect(response.json().error).toEqual({ code: 'invalid_trust_list', message: 'trust list: the root key signature does not verify' });
      }
      expect(await storedRows()).toEqual(before);
    });

    it('refuses a fingerprint that does not match the file, and stores nothing', async () => {
      const uganda = await foreignParty('UG');
      const before = await storedRows();
      const response = await importList(await uganda.signedList(1), tanzania.fingerprint);
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('fingerprint_mismatch');
      expect(await storedRows()).toEqual(before);
    });

    it('refuses an older or equal version of a list already imported, in preview and import', async () => {
      const before = await storedRows();
      for (const version of [2, 3]) {
        const signed = await tanzania.signedList(version);
        for (const response of [await preview(signed), await importList(signed, tanzania.fingerprint)]) {
          expect(response.statusCode).toBe(409);
          expect(response.json().error).toEqual({ code: 'trust_list_not_newer', message: `version ${version} is not newer than the stored version 3` });
        }
      }
      expect(await storedRows()).toEqual(before);
      expect((await importList(await tanzania.signedList(4), tanzania.fingerprint)).statusCode).toBe(201);
    });

    it("refuses the authority's own Party and a changed root key for a Party held before", async () => {
      const kenya = await foreignParty('KE');
      const ownParty = await importList(await kenya.signedList(9), kenya.fingerprint);
      expect(ownParty.statusCode).toBe(409);
      expect(ownParty.json().error.code).toBe('own_party_trust_list');
      const impostor = await foreignParty('TZ');
      const changedKey = await preview(await impostor.signedList(10));
      expect(changedKey.statusCode).toBe(409);
      expect(changedKey.json().error.code).toBe('foreign_root_key_changed');
    });

    it('refuses a body that is not base64', async () => {
      const response = await preview('not base64!');
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('invalid_body');
    });
  });
});
