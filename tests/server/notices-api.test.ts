import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCoseDocument } from '../../src/core/trust/cose-document.ts';
import { findAuthority } from '../../src/server/identity/authority.ts';
import { removeUser } from '../../src/server/identity/remove-user.ts';
import type { User } from '../../src/server/identity/user-record.ts';
import type { Store } from '../../src/server/store/store.ts';
import { buildIdentityServer, sessionCookie, setUpAuthority, testClock, userWithPassword } from '../support/identity-fixture.ts';
import { testEngines } from '../support/test-engines.ts';

describe.each(testEngines())('Secretariat notices API on $engine', ({ skipReason, openFresh }) => {
  describe.skipIf(skipReason !== undefined)(skipReason ?? 'with a fresh database', () => {
    const clock = testClock();
    let store: Store;
    let app: FastifyInstance;
    let admin: User;
    let noticeId: string;
    let dispose: () => Promise<void>;

    beforeAll(async () => {
      const fresh = await openFresh();
      store = fresh.store;
      dispose = fresh.dispose;
      const { signer } = await setUpAuthority(store, clock.now);
      admin = await userWithPassword(store, 'hq-admin', ['admin'], clock.now);
      const leaving = await userWithPassword(store, 'leaving', ['officer'], clock.now);
      ({ noticeId } = await removeUser(store.db, signer, leaving.id, 'left the service', clock.now));
      app = await buildIdentityServer(store, clock, signer);
    });
    afterAll(async () => {
      await app.close();
      await dispose();
    });

    const get = async (url: string) => app.inject({ method: 'GET', url, headers: { cookie: await sessionCookie(store, admin.id, clock.now) } });

    it('lists the outbox with each notice’s subject and delivery state', async () => {
      const response = await get('/api/v1/notices');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        notices: [
          {
            id: noticeId,
            kind: 'user-removed',
            createdAt: clock.now.toISOString(),
            subject: { username: 'leaving', deviceCode: null },
            deliveredAt: null,
            attempts: 0,
            lastError: null,
            nextAttemptAt: null,
          },
        ],
      });
    });

    it('downloads a notice as its signed bytes, which verify under the root key', async () => {
      const response = await get(`/api/v1/notices/${noticeId}`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/cose');
      expect(response.headers['content-disposition']).toBe(`attachment; filename="notice-${noticeId}.cose"`);
      const opened = openCoseDocument(new Uint8Array(response.rawPayload), 'notice');
      if (!opened.ok) throw new Error(opened.reason);
      const authority = await findAuthority(store.db);
      if (authority === undefined) throw new Error('no authority');
      expect(await opened.value.verify(authority.rootPublicKey)).toBe(true);
      expect(opened.value.payload).toMatchObject({ kind: 'user-removed', id: noticeId, reason: 'left the service' });
    });

    it('answers 404 for an unknown notice and 400 for an id that is not one', async () => {
      expect((await get('/api/v1/notices/00000000-0000-4000-8000-000000000000')).json().error.code).toBe('notice_not_found');
      expect((await get('/api/v1/notices/nope')).statusCode).toBe(400);
    });
  });
});
