import { describe, expect, it } from 'vitest';
import { toHex } from '../../src/core/crypto/bytes.ts';
import { decodeCanonicalCbor } from '../../src/core/crypto/cbor.ts';
import { decodeCoseSign1, verifyCoseSign1 } from '../../src/core/crypto/cose-sign1.ts';
import { ed25519PublicKey } from '../../src/core/crypto/ed25519.ts';
import { isKeyValidAt } from '../../src/core/trust/key-validity.ts';
import { verifyTrustList } from '../../src/core/trust/verify-trust-list.ts';
import { findAuthority, initAuthority, unlockRootKey } from '../../src/server/identity/authority.ts';
import { issueKeyCertificate } from '../../src/server/identity/key-certificates.ts';
import { removeUser } from '../../src/server/identity/remove-user.ts';
import { listNotices } from '../../src/server/identity/secretariat-notice.ts';
import { createSession, resolveSession } from '../../src/server/identity/sessions.ts';
import { signIn } from '../../src/server/identity/sign-in.ts';
import { latestTrustList } from '../../src/server/identity/trust-publisher.ts';
import { addUser, findUserById } from '../../src/server/identity/users.ts';
import type { Store } from '../../src/server/store/store.ts';
import { identityRowCounts, knownPassword, setUpAuthority, testClock, testPassphrase, testPasswordIterations, userWithPassword } from '../support/identity-fixture.ts';
import { testEngines } from '../support/test-engines.ts';

const day = 86_400_000;

async function withFreshStore(openFresh: () => Promise<{ store: Store; dispose(): Promise<void> }>, test: (store: Store) => Promise<void>): Promise<void> {
  const fresh = await openFresh();
  try {
    await test(fresh.store);
  } finally {
    await fresh.dispose();
  }
}

describe.each(testEngines())('identity store on $engine', ({ skipReason, openFresh }) => {
  describe.skipIf(skipReason !== undefined)(skipReason ?? 'with a fresh database', () => {
    it('initialises the authority once: sealed root key, admin with must-change flag, trust list v1', async () => {
      await withFreshStore(openFresh, async (store) => {
        const clock = testClock();
        const { signer, adminOneTimePassword } = await setUpAuthority(store, clock.now);
        const authority = await findAuthority(store.db);
        expect(authority?.party).toBe('KE');
        expect(authority?.sealedRootKey).toMatch(/^scrypt-aes256gcm\$1\$10,8,1\$/);
        expect(authority?.sealedRootKey).not.toContain(Buffer.from(signer.seed).toString('base64'));
        expect(authority?.rootPublicKey).toEqual(await ed25519PublicKey(signer.seed));
        const admin = await signIn(store.db, { username: 'admin', password: adminOneTimePassword, address: '10.0.0.1' }, clock.now, testPasswordIterations);
        expect(admin).toMatchObject({ ok: true, user: { username: 'admin', roles: ['admin'], mustChangePassword: true } });
        const published = await latestTrustList(store.db);
        expect(published?.version).toBe(1);
        const before = await identityRowCounts(store);
        await expect(
          initAuthority(store.db, { party: 'KE', name: 'again', passphrase: testPassphrase, rootKeyLogN: 10 }, clock.now),
        ).rejects.toMatchObject({ code: 'authority_exists' });
        expect(await identityRowCounts(store)).toEqual(before);
      });
    });

    it('refuses a wrong passphrase and a weak one', async () => {
      await withFreshStore(openFresh, async (store) => {
        await setUpAuthority(store, new Date());
        await expect(unlockRootKey(store.db, 'not the passphrase at all')).rejects.toMatchObject({ code: 'wrong_passphrase' });
      });
      await withFreshStore(openFresh, async (store) => {
        await setUpAuthority(store, new Date()).catch(() => undefined);
        await expect(initAuthority(store.db, { party: 'UG', name: 'x', passphrase: 'short' }, new Date())).rejects.toMatchObject({ code: 'weak_password' });
      });
    });

    it('refuses a taken or malformed username, changing nothing', async () => {
      await withFreshStore(openFresh, async (store) => {
        const now = new Date();
        await setUpAuthority(store, now);
        const before = await identityRowCounts(store);
        await expect(addUser(store.db, { username: 'ADMIN', displayName: 'x', roles: ['officer'] }, now, 1000)).rejects.toMatchObject({ code: 'username_taken' });
        await expect(addUser(store.db, { username: 'a b', displayName: 'x', roles: ['officer'] }, now, 1000)).rejects.toMatchObject({ code: 'invalid_username' });
        expect(await identityRowCounts(store)).toEqual(before);
      });
    });

    it('removing a user revokes their keys, publishes a trust list, ends sessions, blocks sign-in and signs a notice', async () => {
      await withFreshStore(openFresh, async (store) => {
        const clock = testClock();
        const { signer } = await setUpAuthority(store, clock.now);
        const officer = await userWithPassword(store, 'wanjiku', ['approver'], clock.now);
        const devicePublicKey = await ed25519PublicKey(new Uint8Array(32).fill(5));
        const certificate = await issueKeyCertificate(
          store.db,
          signer,
          { role: 'approver', user: officer.id, device: 'T3F', publicKey: devicePublicKey, notBefore: clock.now.getTime(), notAfter: clock.now.getTime() + 365 * day },
          clock.now,
        );
        const session = await createSession(store.db, officer.id, clock.now);
        clock.advance(10 * day);
        const removedAt = clock.now.getTime();
        const removed = await removeUser(store.db, signer, officer.id, 'left the service', clock.now);
        expect(removed).toMatchObject({ revokedKids: [toHex(certificate.kid)], trustListVersion: 2 });

        const published = await latestTrustList(store.db);
        if (published === undefined) throw new Error('no trust list');
        const verified = await verifyTrustList(published.signed, await ed25519PublicKey(signer.seed));
        if (!verified.ok) throw new Error(verified.reason);
        expect(verified.value.version).toBe(2);
        expect(isKeyValidAt(verified.value, certificate.kid, removedAt - 1)).toEqual({ ok: true });
        expect(isKeyValidAt(verified.value, certificate.kid, removedAt).ok).toBe(false);

        expect(await resolveSession(store.db, session.token, clock.now)).toEqual({ ok: false, reason: 'the session has ended' });
        expect(await signIn(store.db, { username: 'wanjiku', password: knownPassword, address: '10.0.0.2' }, clock.now, testPasswordIterations)).toEqual({
          ok: false,
          code: 'invalid_credentials',
        });
        expect((await findUserById(store.db, officer.id))?.removedAt).toBe(clock.now.toISOString());

        const [notice] = await listNotices(store.db);
        if (notice === undefined) throw new Error('no notice');
        const cose = decodeCoseSign1(notice.signed);
        expect(await verifyCoseSign1(cose, await ed25519PublicKey(signer.seed))).toBe(true);
        const payload = decodeCanonicalCbor(cose.payload) as Map<string, unknown>;
        expect(payload.get('kind')).toBe('user-removed');
        expect(payload.get('reason')).toBe('left the service');
        expect(payload.get('trustListVersion')).toBe(2);
        expect(payload.get('revokedKids')).toEqual([certificate.kid]);
      });
    });

    it('drops sign-in attempts older than a day at the next successful sign-in', async () => {
      await withFreshStore(openFresh, async (store) => {
        const clock = testClock();
        await setUpAuthority(store, clock.now);
        await userWithPassword(store, 'njoki', ['officer'], clock.now);
        const attempt = (password: string) => signIn(store.db, { username: 'njoki', password, address: '10.0.0.3' }, clock.now, testPasswordIterations);
        expect(await attempt('wrong password!')).toMatchObject({ ok: false });
        clock.advance(25 * 60 * 60_000);
        expect(await attempt(knownPassword)).toMatchObject({ ok: true });
        const rows = await store.db.selectFrom('sign_in_attempts').select('succeeded').execute();
        expect(rows).toEqual([{ succeeded: 1 }]);
      });
    });

    it('refuses to remove a user twice, changing nothing', async () => {
      await withFreshStore(openFresh, async (store) => {
        const now = new Date();
        const { signer } = await setUpAuthority(store, now);
        const user = await userWithPassword(store, 'otieno', ['officer'], now);
        await removeUser(store.db, signer, user.id, 'first', now);
        const before = await identityRowCounts(store);
        await expect(removeUser(store.db, signer, user.id, 'second', now)).rejects.toMatchObject({ code: 'user_removed' });
        expect(await identityRowCounts(store)).toEqual(before);
        expect((await findUserById(store.db, user.id))?.removalReason).toBe('first');
      });
    });
  });
});
