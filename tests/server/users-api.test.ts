import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ed25519PublicKey } from '../../src/core/crypto/ed25519.ts';
import { isKeyValidAt } from '../../src/core/trust/key-validity.ts';
import { verifyTrustList } from '../../src/core/trust/verify-trust-list.ts';
import type { RootSigner } from '../../src/server/identity/root-signer.ts';
import { issueKeyCertificate } from '../../src/server/identity/key-certificates.ts';
import type { User } from '../../src/server/identity/user-record.ts';
import type { Store } from '../../src/server/store/store.ts';
import {
  buildIdentityServer,
  identityRowCounts,
  knownPassword,
  sessionCookie,
  setUpAuthority,
  testClock,
  userWithPassword,
} from '../support/identity-fixture.ts';
import { testEngines } from '../support/test-engines.ts';

describe.each(testEngines())('users and trust list API on $engine', ({ skipReason, openFresh }) => {
  describe.skipIf(skipReason !== undefined)(skipReason ?? 'with a fresh database', () => {
    const clock = testClock();
    let store: Store;
    let app: FastifyInstance;
    let lockedApp: FastifyInstance;
    let signer: RootSigner;
    let admin: User;
    let dispose: () => Promise<void>;

    beforeAll(async () => {
      const fresh = await openFresh();
      store = fresh.store;
      dispose = fresh.dispose;
      ({ signer } = await setUpAuthority(store, clock.now));
      admin = await userWithPassword(store, 'hq-admin', ['admin'], clock.now);
      app = await buildIdentityServer(store, clock, signer);
      lockedApp = await buildIdentityServer(store, clock, undefined);
    });
    afterAll(async () => {
      await app.close();
      await lockedApp.close();
      await dispose();
    });

    const asAdmin = async () => ({ cookie: await sessionCookie(store, admin.id, clock.now) });

    it('adds a user with a one-time password that works once and must be changed', async () => {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/users',
        headers: await asAdmin(),
        payload: { username: 'Njeri', displayName: 'Njeri Mwangi', roles: ['officer', 'approver'], office: 'Mombasa' },
      });
      expect(response.statusCode).toBe(201);
      const body = response.json();
      expect(body.user).toMatchObject({ username: 'njeri', roles: ['approver', 'officer'], office: 'Mombasa', mustChangePassword: true });
      expect(body.oneTimePassword).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
      const signIn = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { username: 'njeri', password: body.oneTimePassword } });
      expect(signIn.json()).toMatchObject({ user: { mustChangePassword: true } });
      const listed = await app.inject({ url: '/api/v1/users', headers: await asAdmin() });
      expect(listed.json().users.map((user: User) => user.username)).toContain('njeri');
      expect(listed.body).not.toContain('pbkdf2');
    });

    it('refuses bad bodies, bad ids and taken usernames, changing nothing', async () => {
      const before = await identityRowCounts(store);
      const cases = [
        { method: 'POST', url: '/api/v1/users', payload: { username: 'x y', displayName: 'X', roles: ['officer'] }, status: 400 },
        { method: 'POST', url: '/api/v1/users', payload: { username: 'kip', displayName: 'Kip', roles: ['king'] }, status: 400 },
        { method: 'POST', url: '/api/v1/users', payload: { username: 'kip', displayName: 'Kip', roles: [] }, status: 400 },
        { method: 'POST', url: '/api/v1/users', payload: { username: 'kip', displayName: 'Kip', roles: ['officer'], password: 'x' }, status: 400 },
        { method: 'POST', url: '/api/v1/users', payload: { username: 'njeri', displayName: 'Dup', roles: ['officer'] }, status: 409 },
        { method: 'PATCH', url: '/api/v1/users/not-a-uuid', payload: { displayName: 'X' }, status: 400 },
        { method: 'PATCH', url: `/api/v1/users/${admin.id}`, payload: {}, status: 400 },
        { method: 'PATCH', url: `/api/v1/users/${admin.id}`, payload: { roles: 'admin' }, status: 400 },
        { method: 'PATCH', url: '/api/v1/users/00000000-0000-4000-8000-000000000000', payload: { displayName: 'X' }, status: 404 },
        { method: 'DELETE', url: '/api/v1/users/00000000-0000-4000-8000-000000000000', payload: { reason: 'x' }, status: 404 },
        { method: 'DELETE', url: `/api/v1/users/${admin.id}`, payload: { reason: 'x' }, status: 409 },
        { method: 'DELETE', url: `/api/v1/users/${admin.id}`, payload: { reason: 5 }, status: 400 },
      ] as const;
      for (const { status, ...request } of cases) {
        const response = await app.inject({ ...request, headers: await asAdmin() });
        expect(response.statusCode, `${request.method} ${request.url} ${JSON.stringify(request.payload)}`).toBe(status);
        expect(Object.keys(response.json().error).sort()).toEqual(['code', 'message']);
      }
      const sessionsCreated = cases.length;
      expect(await identityRowCounts(store)).toEqual({ ...before, sessions: (before['sessions'] ?? 0) + sessionsCreated });
    });

    it('changes roles and office', async () => {
      const user = await userWithPassword(store, 'kamau', ['officer'], clock.now);
      const response = await app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${user.id}`,
        headers: await asAdmin(),
        payload: { roles: ['inspector'], office: null },
      });
      expect(response.statusCode).toBe(200);
      expect(response.json().user).toMatchObject({ roles: ['inspector'], office: null });
    });

    it('serves the trust list as CBOR with an ETag, and 304 when unchanged', async () => {
      const response = await app.inject({ url: '/api/v1/trust-list' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/cbor');
      expect(response.headers['cache-control']).toBe('public, no-cache');
      const verified = await verifyTrustList(new Uint8Array(response.rawPayload), await ed25519PublicKey(signer.seed));
      expect(verified).toMatchObject({ ok: true, value: { party: 'KE' } });
      const etag = String(response.headers['etag']);
      expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
      const again = await app.inject({ url: '/api/v1/trust-list', headers: { 'if-none-match': etag } });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
    });

    it('answers 503 when the root key is locked, changing nothing', async () => {
      const user = await userWithPassword(store, 'locked-case', ['officer'], clock.now);
      const headers = await asAdmin();
      const before = await identityRowCounts(store);
      const response = await lockedApp.inject({ method: 'DELETE', url: `/api/v1/users/${user.id}`, headers });
      expect(response.statusCode).toBe(503);
      expect(response.json().error.code).toBe('root_key_locked');
      expect(await identityRowCounts(store)).toEqual(before);
    });

    it('removes a user: keys revoked at that time, new trust list, sessions ended, sign-in refused', async () => {
      const user = await userWithPassword(store, 'mutua', ['approver'], clock.now);
      const certificate = await issueKeyCertificate(
        store.db,
        signer,
        { role: 'approver', user: user.id, device: 'K7P', publicKey: await ed25519PublicKey(new Uint8Array(32).fill(8)), notBefore: clock.now.getTime(), notAfter: clock.now.getTime() + 86_400_000 * 365 },
        clock.now,
      );
      const userCookie = await sessionCookie(store, user.id, clock.now);
      const etagBefore = (await app.inject({ url: '/api/v1/trust-list' })).headers['etag'];
      clock.advance(3_600_000);
      const response = await app.inject({ method: 'DELETE', url: `/api/v1/users/${user.id}`, headers: await asAdmin(), payload: { reason: 'retired' } });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ user: { username: 'mutua', removalReason: 'retired' }, revokedKids: [expect.stringMatching(/^[0-9a-f]{16}$/)] });

      const list = await app.inject({ url: '/api/v1/trust-list' });
      expect(list.headers['etag']).not.toBe(etagBefore);
      const verified = await verifyTrustList(new Uint8Array(list.rawPayload));
      if (!verified.ok) throw new Error(verified.reason);
      expect(isKeyValidAt(verified.value, certificate.kid, clock.now.getTime() - 1).ok).toBe(true);
      expect(isKeyValidAt(verified.value, certificate.kid, clock.now.getTime()).ok).toBe(false);

      expect((await app.inject({ url: '/api/v1/session', headers: { cookie: userCookie } })).statusCode).toBe(401);
      const signIn = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { username: 'mutua', password: knownPassword } });
      expect(signIn.statusCode).toBe(401);
      const patch = await app.inject({ method: 'PATCH', url: `/api/v1/users/${user.id}`, headers: await asAdmin(), payload: { displayName: 'X' } });
      expect(patch.statusCode).toBe(409);
      expect((await store.db.selectFrom('secretariat_notices').selectAll().execute()).length).toBeGreaterThan(0);
    });
  });
});
