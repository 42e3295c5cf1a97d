import Fastify, { type FastifyInstance, type InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/core/permit/transition-roles.ts';
import { enforceRouteRoles } from '../../src/server/http/authorize.ts';
import { routeRoles } from '../../src/server/http/route-roles.ts';
import { removeUser } from '../../src/server/identity/remove-user.ts';
import { addUser } from '../../src/server/identity/users.ts';
import type { RootSigner } from '../../src/server/identity/root-signer.ts';
import type { User } from '../../src/server/identity/user-record.ts';
import type { Store } from '../../src/server/store/store.ts';
import { signSyncRequest } from '../../src/core/sync/signed-request.ts';
import { helloRequestSchema } from '../../src/core/sync/hello.ts';
import { encodeSyncMessage, SYNC_CONTENT_TYPE } from '../../src/core/sync/wire.ts';
import { raiseAlerts } from '../../src/server/sync/alerts.ts';
import { makeChecklist } from '../../src/core/species/checklist-version.ts';
import { demoChecklistTaxa } from '../../src/core/species/data/demo-checklist.ts';
import { EMPTY_CHECKLIST_VERSION } from '../../src/core/sync/checklist.ts';
import { publishChecklist } from '../../src/server/sync/checklist-store.ts';
import { setQuotaShare } from '../../src/server/hq/quota-shares.ts';
import { enrolledDevice, enrolmentBody } from '../support/device-fixture.ts';
import { logDevice, type LogDevice } from '../support/hq-log-fixture.ts';
import { hello, signEntry } from '../support/sync-ingest-client.ts';
import { foreignParty, type ForeignParty } from '../support/foreign-trust-list.ts';
import { buildIdentityServer, knownPassword, sessionCookie, setUpAuthority, testClock, userWithPassword } from '../support/identity-fixture.ts';
import { testEngines } from '../support/test-engines.ts';

type Principal = 'anonymous' | Role;
const principals: readonly Principal[] = ['anonymous', ...ROLES];

describe.each(testEngines())('route roles on $engine', ({ skipReason, openFresh }) => {
  describe.skipIf(skipReason !== undefined)(skipReason ?? 'with a fresh database', () => {
    const clock = testClock();
    let store: Store;
    let app: FastifyInstance;
    let dispose: () => Promise<void>;
    const users = new Map<Role, User>();
    let patchTarget: User;
    let created = 0;
    let signer: RootSigner;
    let foreign: ForeignParty;
    let foreignVersion = 0;
    let syncing: LogDevice;
    let pushedEntry: Uint8Array;

    beforeAll(async () => {
      const fresh = await openFresh();
      store = fresh.store;
      dispose = fresh.dispose;
      ({ signer } = await setUpAuthority(store, clock.now));
      foreign = await foreignParty('TZ');
      for (const role of ROLES) users.set(role, await userWithPassword(store, `walker-${role}`, [role], clock.now));
      await userWithPassword(store, 'walker', ['officer'], clock.now);
      patchTarget = await userWithPassword(store, 'patch-target', ['officer'], clock.now);
      app = await buildIdentityServer(store, clock, signer);
      syncing = await logDevice(store, signer, patchTarget.id, clock.now);
      pushedEntry = (await signEntry(syncing, { role: 'officer', action: 'login', permit: null, at: clock.now.getTime() })).bytes;
    });
    afterAll(async () => {
      await app.close();
      await dispose();
    });

    async function freshUserId(): Promise<string> {
      created++;
      return (await addUser(store.db, { username: `target-${created}`, displayName: 'Target', roles: ['officer'] }, clock.now, 1000)).user.id;
    }

    /** A sync request body signed by the enrolled device, under a fresh nonce from hello. */
    async function signedSync(kind: 'push' | 'pull'): Promise<InjectOptions> {
      const greeting = await hello(app, syncing.code);
      if (greeting.message === undefined) throw new Error(`hello answered ${greeting.status}`);
      const head = { v: 1, device: syncing.code, nonce: greeting.message.nonce, sentAt: clock.now.getTime(), pending: 0 } as const;
      const body = kind === 'push'
        ? await signSyncRequest(syncing.key.seed, { ...head, kind, push: { entries: [pushedEntry] } })
        : await signSyncRequest(syncing.key.seed, { ...head, kind, pull: { cursor: 0, treeSize: 0, trustListVersion: 0, statusListVersion: 0, quotaSharesVersion: 0, limit: 10 } });
      return { method: 'POST', url: `/api/v1/sync/${kind}`, headers: { 'content-type': SYNC_CONTENT_TYPE }, payload: Buffer.from(body) };
    }

    /**
     * A signed request for page 0 of the download of HQ's checklist: the bundled one, published once (the
     * quota share requests name one of its taxa, which HQ checks against its published checklist).
     */
    async function signedChecklistPage(): Promise<InjectOptions> {
      const bundled = await makeChecklist(demoChecklistTaxa);
      await publishChecklist(store.db, bundled, clock.now);
      const greeting = await hello(app, syncing.code);
      if (greeting.message === undefined) throw new Error(`hello answered ${greeting.status}`);
      const checklist = { from: EMPTY_CHECKLIST_VERSION, to: bundled.version, page: 0 };
      const body = await signSyncRequest(syncing.key.seed, { v: 1, device: syncing.code, nonce: greeting.message.nonce, sentAt: clock.now.getTime(), pending: 0, kind: 'checklist', checklist });
      return { method: 'POST', url: '/api/v1/sync/checklist', headers: { 'content-type': SYNC_CONTENT_TYPE }, payload: Buffer.from(body) };
    }

    async function freshAlertId(): Promise<string> {
      created++;
      await raiseAlerts(store.db, [{ kind: 'clock-skew', subject: `walk-${created}`, detail: 'walk' }], clock.now);
      return (await store.db.selectFrom('alerts').select('id').where('subject', '=', `walk-${created}`).executeTakeFirstOrThrow()).id;
    }

    async function freshPermitId(): Promise<string> {
      const id = `permit-walk-${++created}`;
      await store.db.insertInto('permits')
        .values({ id, number: null, status: 'draft', document_type: null, origin_device: syncing.code, updated_at: clock.now.toISOString(), entry_count: 0, content: '{}' }).execute();
      return id;
    }

    /** A quota share of the syncing device, for a taxon of its own so that each walk removes a different one. */
    async function freshQuotaShareId(): Promise<string> {
      const result = await setQuotaShare(store.db, { device: syncing.code, taxonId: 1612, year: 2000 + ++created, amount: 5, unit: null }, patchTarget.id, clock.now);
      if (!result.ok) throw new Error(result.message);
      return result.share.id;
    }

    /** The caller's own user, or (for anonymous) any user: what device routes act on. */
    const ownerOf = (principal: Principal): User => users.get(principal === 'anonymous' ? 'officer' : principal) ?? patchTarget;

    /** A request that succeeds for a permitted caller, one per route of route-roles.ts. */
    const requests: Readonly<Record<string, (principal: Principal) => Promise<InjectOptions>>> = {
      'GET /api/v1/health': async () => ({ method: 'GET', url: '/api/v1/health' }),
      'GET /api/v1/trust-list': async () => ({ method: 'GET', url: '/api/v1/trust-list' }),
      'POST /api/v1/session': async () => ({ method: 'POST', url: '/api/v1/session', payload: { username: 'walker', password: knownPassword } }),
      'GET /api/v1/session': async () => ({ method: 'GET', url: '/api/v1/session' }),
      'DELETE /api/v1/session': async () => ({ method: 'DELETE', url: '/api/v1/session' }),
      'POST /api/v1/session/password': async () => ({
        method: 'POST',
        url: '/api/v1/session/password',
        payload: { currentPassword: knownPassword, newPassword: 'a brand new long passphrase' },
      }),
      'GET /api/v1/users': async () => ({ method: 'GET', url: '/api/v1/users' }),
      'POST /api/v1/users': async () => ({
        method: 'POST',
        url: '/api/v1/users',
        payload: { username: `created-${++created}`, displayName: 'Created', roles: ['inspector'] },
      }),
      'PATCH /api/v1/users/:id': async () => ({ method: 'PATCH', url: `/api/v1/users/${patchTarget.id}`, payload: { displayName: 'Renamed' } }),
      'DELETE /api/v1/users/:id': async () => ({ method: 'DELETE', url: `/api/v1/users/${await freshUserId()}`, payload: { reason: 'walk' } }),
      'POST /api/v1/devices/challenge': async () => ({ method: 'POST', url: '/api/v1/devices/challenge' }),
      'POST /api/v1/devices': async (principal) => ({
        method: 'POST',
        url: '/api/v1/devices',
        payload: await enrolmentBody(store, signer.party, ownerOf(principal).id, clock.now),
      }),
      'GET /api/v1/devices': async () => ({ method: 'GET', url: '/api/v1/devices' }),
      'POST /api/v1/devices/:id/lost': async (principal) => {
        const { device } = await enrolledDevice(store, signer, ownerOf(principal).id, clock.now);
        return { method: 'POST', url: `/api/v1/devices/${device.id}/lost`, payload: { reason: 'walk' } };
      },
      'GET /api/v1/trust-lists/foreign': async () => ({ method: 'GET', url: '/api/v1/trust-lists/foreign' }),
      'POST /api/v1/trust-lists/foreign/preview': async () => ({
        method: 'POST',
        url: '/api/v1/trust-lists/foreign/preview',
        payload: { signed: await foreign.signedList(foreignVersion + 1) },
      }),
      'POST /api/v1/trust-lists/foreign': async () => ({
        method: 'POST',
        url: '/api/v1/trust-lists/foreign',
        payload: { signed: await foreign.signedList(++foreignVersion), rootKeyFingerprint: foreign.fingerprint },
      }),
      'GET /api/v1/notices': async () => ({ method: 'GET', url: '/api/v1/notices' }),
      'GET /api/v1/notices/:id': async () => {
        const { noticeId } = await removeUser(store.db, signer, await freshUserId(), 'walk', clock.now);
        return { method: 'GET', url: `/api/v1/notices/${noticeId}` };
      },
      'POST /api/v1/sync/hello': async () => ({
        method: 'POST',
        url: '/api/v1/sync/hello',
        headers: { 'content-type': SYNC_CONTENT_TYPE },
        payload: Buffer.from(encodeSyncMessage(helloRequestSchema, { v: 1, device: syncing.code })),
      }),
      'POST /api/v1/sync/push': () => signedSync('push'),
      'POST /api/v1/sync/pull': () => signedSync('pull'),
      'POST /api/v1/sync/checklist': () => signedChecklistPage(),
      'GET /api/v1/hq/permits': async () => ({ method: 'GET', url: '/api/v1/hq/permits' }),
      'GET /api/v1/hq/permits/:id': async () => ({ method: 'GET', url: `/api/v1/hq/permits/${await freshPermitId()}` }),
      'GET /api/v1/hq/devices': async () => ({ method: 'GET', url: '/api/v1/hq/devices' }),
      'GET /api/v1/hq/alerts': async () => ({ method: 'GET', url: '/api/v1/hq/alerts' }),
      'POST /api/v1/hq/alerts/:id/acknowledge': async () => ({ method: 'POST', url: `/api/v1/hq/alerts/${await freshAlertId()}/acknowledge` }),
      'GET /api/v1/hq/checkpoint': async () => ({ method: 'GET', url: '/api/v1/hq/checkpoint' }),
      'GET /api/v1/hq/quota-shares': async () => ({ method: 'GET', url: '/api/v1/hq/quota-shares' }),
      'PUT /api/v1/hq/quota-shares': async () => ({
        method: 'PUT',
        url: '/api/v1/hq/quota-shares',
        payload: { device: syncing.code, taxonId: 1612, year: 2026, amount: 10, unit: null },
      }),
      'DELETE /api/v1/hq/quota-shares/:id': async () => ({ method: 'DELETE', url: `/api/v1/hq/quota-shares/${await freshQuotaShareId()}` }),
    };

    it('has a request for every route in the table, and every table entry is a registered route', () => {
      expect(Object.keys(requests).sort()).toEqual(Object.keys(routeRoles).sort());
      for (const key of Object.keys(routeRoles)) {
        const [method = '', url = ''] = key.split(' ');
        expect(app.hasRoute({ method: method as 'GET', url }), key).toBe(true);
      }
    });

    const pairs = Object.keys(routeRoles).flatMap((route) => principals.map((principal) => [route, principal] as const));
    it.each(pairs)('%s as %s', async (route, principal) => {
      const access = routeRoles[route];
      const make = requests[route];
      if (access === undefined || make === undefined) throw new Error(`no entry for ${route}`);
      const options = await make(principal);
      const user = principal === 'anonymous' ? undefined : users.get(principal);
      const cookie = user === undefined ? {} : { cookie: await sessionCookie(store, user.id, clock.now) };
      const response = await app.inject({ ...options, headers: { ...options.headers, ...cookie } });
      if (access === 'public') expect(response.statusCode, response.body).toBeLessThan(300);
      else if (principal === 'anonymous') expect(response.statusCode).toBe(401);
      else if (access === 'signed-in' || access.includes(principal)) expect(response.statusCode, response.body).toBeLessThan(300);
      else {
        expect(response.statusCode).toBe(403);
        expect(response.json().error.code).toBe('forbidden');
      }
    });
  });
});

describe('route-roles enforcement', () => {
  it('refuses to register an /api route that is not in the table', async () => {
    const app = Fastify();
    enforceRouteRoles(app, { store: undefined as never, clock: () => new Date(), passwordIterations: undefined, rootSigner: undefined });
    expect(() => app.get('/api/v1/unlisted', async () => 'x')).toThrow('route GET /api/v1/unlisted has no entry in route-roles.ts');
    await app.close();
  });
});
