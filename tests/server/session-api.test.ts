import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../src/server/http/session-cookie.ts';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '../../src/server/identity/sessions.ts';
import type { Store } from '../../src/server/store/store.ts';
import {
  buildIdentityServer,
  identityRowCounts,
  knownPassword,
  setUpAuthority,
  testClock,
  userWithPassword,
  type TestClock,
} from '../support/identity-fixture.ts';
import { testEngines } from '../support/test-engines.ts';

function cookieFrom(setCookie: string | string[] | undefined): string {
  const header = [setCookie ?? []].flat()[0] ?? '';
  return header.split(';')[0] ?? '';
}

describe.each(testEngines())('session API on $engine', ({ skipReason, openFresh }) => {
  describe.skipIf(skipReason !== undefined)(skipReason ?? 'with a fresh database', () => {
    let store: Store;
    let app: FastifyInstance;
    let clock: TestClock;
    let adminOneTimePassword = '';
    let dispose: () => Promise<void>;

    beforeAll(async () => {
      const fresh = await openFresh();
      store = fresh.store;
      dispose = fresh.dispose;
      clock = testClock();
      ({ adminOneTimePassword } = await setUpAuthority(store, clock.now));
      for (const name of ['amina', 'baraka', 'chebet', 'daudi', 'esther', 'faith']) await userWithPassword(store, name, ['officer'], clock.now);
      app = await buildIdentityServer(store, clock, undefined);
    });
    afterAll(async () => {
      await app.close();
      await dispose();
    });

    const signIn = (username: string, password: string, remoteAddress = '192.0.2.1') =>
      app.inject({ method: 'POST', url: '/api/v1/session', payload: { username, password }, remoteAddress });

    it('signs in with an HttpOnly, SameSite=Strict cookie and answers who am I', async () => {
      const response = await signIn('amina', knownPassword);
      expect(response.statusCode).toBe(200);
      const setCookie = String(response.headers['set-cookie']);
      expect(setCookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{43}; Path=/api; HttpOnly; SameSite=Strict; Max-Age=43200$`));
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.json()).toMatchObject({ user: { username: 'amina', roles: ['officer'] }, autoLockMinutes: 15 });
      expect(JSON.stringify(response.json())).not.toContain('pbkdf2');
      const whoAmI = await app.inject({ url: '/api/v1/session', headers: { cookie: cookieFrom(response.headers['set-cookie']) } });
      expect(whoAmI.statusCode).toBe(200);
      expect(whoAmI.json()).toMatchObject({ user: { username: 'amina', roles: ['officer'], mustChangePassword: false }, autoLockMinutes: 15 });
    });

    it('marks the cookie Secure when the client came over HTTPS through the proxy', async () => {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { username: 'amina', password: knownPassword },
        headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '198.51.100.7' },
      });
      expect(String(response.headers['set-cookie'])).toMatch(/; Secure$/);
    });

    it('stores only the hash of the token', async () => {
      const response = await signIn('amina', knownPassword);
      const token = cookieFrom(response.headers['set-cookie']).split('=')[1] ?? '';
      const rows = await store.db.selectFrom('sessions').select('token_hash').execute();
      expect(rows.some((row) => row.token_hash === token)).toBe(false);
      expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.token_hash))).toBe(true);
    });

    it('signs out: the cookie is cleared and the token no longer works', async () => {
      const cookie = cookieFrom((await signIn('amina', knownPassword)).headers['set-cookie']);
      const out = await app.inject({ method: 'DELETE', url: '/api/v1/session', headers: { cookie } });
      expect(out.statusCode).toBe(204);
      expect(String(out.headers['set-cookie'])).toContain('Max-Age=0');
      const after = await app.inject({ url: '/api/v1/session', headers: { cookie } });
      expect(after.statusCode).toBe(401);
      expect(after.json()).toEqual({ error: { code: 'invalid_session', message: 'the session has ended' } });
    });

    it('refuses a missing, tampered or unknown token with a reason', async () => {
      const cookie = cookieFrom((await signIn('amina', knownPassword)).headers['set-cookie']);
      const token = cookie.split('=')[1] ?? '';
      const flipped = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
      const cases: [string | undefined, string, string][] = [
        [undefined, 'unauthenticated', 'sign in first'],
        [`${SESSION_COOKIE}=${flipped}`, 'invalid_session', 'no such session'],
        [`${SESSION_COOKIE}=${token}!`, 'invalid_session', 'the session token is malformed'],
        [`${SESSION_COOKIE}=${token.slice(1)}`, 'invalid_session', 'the session token is malformed'],
      ];
      for (const [header, code, message] of cases) {
        const response = await app.inject({ url: '/api/v1/session', headers: header === undefined ? {} : { cookie: header } });
        expect(response.statusCode).toBe(401);
        expect(response.json()).toEqual({ error: { code, message } });
      }
    });

    it('expires a session after an hour idle, and after 12 hours even when in use', async () => {
      const idleCookie = cookieFrom((await signIn('baraka', knownPassword)).headers['set-cookie']);
      const busyCookie = cookieFrom((await signIn('baraka', knownPassword)).headers['set-cookie']);
      const start = clock.now;
      try {
        clock.advance(SESSION_IDLE_MS - 60_000);
        expect((await app.inject({ url: '/api/v1/session', headers: { cookie: busyCookie } })).statusCode).toBe(200);
        clock.advance(60_000);
        const idle = await app.inject({ url: '/api/v1/session', headers: { cookie: idleCookie } });
        expect(idle.json()).toEqual({ error: { code: 'invalid_session', message: 'the session expired after inactivity' } });
        while (clock.now.getTime() < start.getTime() + SESSION_ABSOLUTE_MS - 30 * 60_000) {
          clock.advance(30 * 60_000);
          expect((await app.inject({ url: '/api/v1/session', headers: { cookie: busyCookie } })).statusCode).toBe(200);
        }
        clock.advance(30 * 60_000);
        const busy = await app.inject({ url: '/api/v1/session', headers: { cookie: busyCookie } });
        expect(busy.json()).toEqual({ error: { code: 'invalid_session', message: 'the session has expired' } });
      } finally {
        clock.now = start;
      }
    });

    it('answers wrong password, unknown user and removed user alike', async () => {
      for (const [username, password] of [['chebet', 'wrong password!'], ['nobody-here', knownPassword]] as const) {
        const response = await signIn(username, password, '203.0.113.50');
        expect(response.statusCode).toBe(401);
        expect(response.json()).toEqual({ error: { code: 'invalid_credentials', message: 'wrong username or password' } });
      }
    });

    it('backs off per account: 429 with Retry-After, doubling, never sleeping; a success resets it', async () => {
      for (let attempt = 0; attempt < 3; attempt++) expect((await signIn('daudi', 'wrong password!', `203.0.113.${attempt}`)).statusCode).toBe(401);
      const locked = await signIn('daudi', knownPassword, '203.0.113.9');
      expect(locked.statusCode).toBe(429);
      expect(locked.headers['retry-after']).toBe('1');
      expect(locked.json().error.code).toBe('too_many_attempts');
      clock.advance(1_000);
      expect((await signIn('daudi', 'wrong password!', '203.0.113.9')).statusCode).toBe(401);
      expect((await signIn('daudi', knownPassword, '203.0.113.9')).headers['retry-after']).toBe('2');
      clock.advance(2_000);
      expect((await signIn('daudi', knownPassword, '203.0.113.9')).statusCode).toBe(200);
      expect((await signIn('daudi', 'wrong password!', '203.0.113.9')).statusCode).toBe(401);
    });

    it('locks an account out for at most 15 minutes', async () => {
      let failures = 0;
      while (failures < 13) {
        const response = await signIn('esther', 'wrong password!', `198.51.100.${failures}`);
        if (response.statusCode === 401) failures++;
        else clock.advance(Number(response.headers['retry-after']) * 1000);
      }
      const locked = await signIn('esther', knownPassword, '198.51.100.200');
      expect(locked.statusCode).toBe(429);
      expect(Number(locked.headers['retry-after'])).toBe(900);
      clock.advance(900_000);
      expect((await signIn('esther', knownPassword, '198.51.100.200')).statusCode).toBe(200);
    });

    it('backs off per address across accounts, and a 429 records nothing', async () => {
      for (let attempt = 0; attempt < 10; attempt++) expect((await signIn(`guess${attempt}`, 'wrong password!', '192.0.2.99')).statusCode).toBe(401);
      const before = await identityRowCounts(store);
      const locked = await signIn('faith', knownPassword, '192.0.2.99');
      expect(locked.statusCode).toBe(429);
      expect(locked.headers['retry-after']).toBe('1');
      expect(await identityRowCounts(store)).toEqual(before);
      expect((await signIn('faith', knownPassword, '192.0.2.100')).statusCode).toBe(200);
    });

    it('refuses malformed sign-in bodies with 400 and changes nothing', async () => {
      const before = await identityRowCounts(store);
      for (const payload of [{}, { username: 'amina' }, { username: 'amina', password: 5 }, { username: 'amina', password: 'x', extra: 1 }, []]) {
        const response = await app.inject({ method: 'POST', url: '/api/v1/session', payload });
        expect(response.statusCode).toBe(400);
        expect(response.json().error.code).toBe('invalid_body');
      }
      const notJson = await app.inject({ method: 'POST', url: '/api/v1/session', payload: '{"username":', headers: { 'content-type': 'application/json' } });
      expect(notJson.statusCode).toBe(400);
      expect(notJson.json().error).toHaveProperty('code');
      expect(await identityRowCounts(store)).toEqual(before);
    });

    it('makes the first admin change the one-time password before anything else', async () => {
      const signedIn = await signIn('admin', adminOneTimePassword, '192.0.2.20');
      expect(signedIn.json()).toMatchObject({ user: { mustChangePassword: true } });
      const cookie = cookieFrom(signedIn.headers['set-cookie']);
      const blocked = await app.inject({ url: '/api/v1/users', headers: { cookie } });
      expect(blocked.statusCode).toBe(403);
      expect(blocked.json().error.code).toBe('password_change_required');
      const change = (newPassword: string, currentPassword = adminOneTimePassword) =>
        app.inject({ method: 'POST', url: '/api/v1/session/password', headers: { cookie }, payload: { currentPassword, newPassword } });
      expect((await change('password1234')).json()).toEqual({ error: { code: 'weak_password', message: 'this password is on the list of commonly used passwords' } });
      expect((await change('short')).json().error.code).toBe('weak_password');
      expect((await change('baobab shade at noon', 'not the password')).json().error.code).toBe('wrong_password');
      expect((await change('baobab shade at noon')).statusCode).toBe(204);
      expect((await app.inject({ url: '/api/v1/users', headers: { cookie } })).statusCode).toBe(200);
    });
  });
});
