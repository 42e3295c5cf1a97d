import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBase64, toBase64 } from '../../src/core/crypto/base64.ts';
import { ed25519PublicKey, ed25519Sign } from '../../src/core/crypto/ed25519.ts';
import { DEVICE_CODE_ALPHABET, isDeviceCode } from '../../src/core/permit/device-code.ts';
import { enrolmentProofMessage } from '../../src/core/trust/enrolment-proof.ts';
import { verifyKeyCertificate } from '../../src/core/trust/key-certificate.ts';
import { isKeyValidAt } from '../../src/core/trust/key-validity.ts';
import { verifyTrustList } from '../../src/core/trust/verify-trust-list.ts';
import { DEVICE_CERTIFICATE_BACKDATE_MS, DEVICE_CERTIFICATE_VALIDITY_MS, enrolDevice } from '../../src/server/identity/enrol-device.ts';
import { createEnrolmentChallenge, ENROLMENT_CHALLENGE_TTL_MS } from '../../src/server/identity/enrolment-challenges.ts';
import { removeUser } from '../../src/server/identity/remove-user.ts';
import type { RootSigner } from '../../src/server/identity/root-signer.ts';
import { addUser } from '../../src/server/identity/users.ts';
import type { User } from '../../src/server/identity/user-record.ts';
import type { Store } from '../../src/server/store/store.ts';
import { enrolledDevice, enrolmentBody, newDeviceKey } from '../support/device-fixture.ts';
import { buildIdentityServer, identityRowCounts, sessionCookie, setUpAuthority, testClock, userWithPassword } from '../support/identity-fixture.ts';
import { testEngines } from '../support/test-engines.ts';

function bytes(text: string): Uint8Array {
  const decoded = parseBase64(text);
  if (decoded === undefined) throw new Error('not base64');
  return decoded;
}

describe.each(testEngines())('device enrolment and loss on $engine', ({ skipReason, openFresh }) => {
  describe.skipIf(skipReason !== undefined)(skipReason ?? 'with a fresh database', () => {
    const clock = testClock();
    let store: Store;
    let app: FastifyInstance;
    let lockedApp: FastifyInstance;
    let signer: RootSigner;
    let rootPublicKey: Uint8Array;
    let admin: User;
    let officer: User;
    let dispose: () => Promise<void>;

    beforeAll(async () => {
      const fresh = await openFresh();
      store = fresh.store;
      dispose = fresh.dispose;
      ({ signer } = await setUpAuthority(store, clock.now));
      rootPublicKey = await ed25519PublicKey(signer.seed);
      admin = await userWithPassword(store, 'hq-admin', ['admin'], clock.now);
      officer = await userWithPassword(store, 'wanjiru', ['officer', 'approver'], clock.now);
      app = await buildIdentityServer(store, clock, signer);
      lockedApp = await buildIdentityServer(store, clock, undefined);
    });
    afterAll(async () => {
      await app.close();
      await lockedApp.close();
      await dispose();
    });

    const cookieOf = async (user: User) => ({ cookie: await sessionCookie(store, user.id, clock.now) });

    it('enrols a device over HTTP: challenge, proof, one certificate per role, code, new trust list', async () => {
      const headers = await cookieOf(officer);
      const challenge = await app.inject({ method: 'POST', url: '/api/v1/devices/challenge', headers });
      expect(challenge.statusCode).toBe(200);
      const { nonce, party, user } = challenge.json<{ nonce: string; party: string; user: string }>();
      expect({ party, user }).toEqual({ party: 'KE', user: officer.id });
      const key = await newDeviceKey();
      const proof = await ed25519Sign(key.seed, enrolmentProofMessage({ party, user, publicKey: key.publicKey, nonce: bytes(nonce) }));
      const body = { publicKey: toBase64(key.publicKey), nonce, proof: toBase64(proof), label: 'Tablet 4, Mombasa' };
      const response = await app.inject({ method: 'POST', url: '/api/v1/devices', headers, payload: body });
      expect(response.statusCode, response.body).toBe(201);
      const answer = response.json<{ device: { id: string; code: string }; certificates: string[]; trustList: string; authority: Record<string, string> }>();
      expect(isDeviceCode(answer.device.code)).toBe(true);
      expect(answer.authority).toEqual({ party: 'KE', name: 'Kenya Wildlife Service', rootPublicKey: toBase64(rootPublicKey) });

      const certificates = [];
      for (const signed of answer.certificates) {
        const verified = await verifyKeyCertificate(bytes(signed), rootPublicKey);
        if (!verified.ok) throw new Error(verified.reason);
        certificates.push(verified.value);
      }
      expect(certificates.map((certificate) => certificate.role).sort()).toEqual(['approver', 'officer']);
      for (const certificate of certificates) {
        expect(certificate).toMatchObject({ party: 'KE', user: officer.id, device: answer.device.code, publicKey: key.publicKey, notBefore: clock.now.getTime() - DEVICE_CERTIFICATE_BACKDATE_MS });
        expect(certificate.notAfter - clock.now.getTime()).toBe(DEVICE_CERTIFICATE_VALIDITY_MS);
      }
      const list = await verifyTrustList(bytes(answer.trustList), rootPublicKey);
      if (!list.ok) throw new Error(list.reason);
      for (const certificate of certificates) expect(isKeyValidAt(list.value, certificate.kid, clock.now.getTime()).ok).toBe(true);
      const served = await app.inject({ url: '/api/v1/trust-list' });
      expect(toBase64(new Uint8Array(served.rawPayload))).toBe(answer.trustList);

      const replay = await app.inject({ method: 'POST', url: '/api/v1/devices', headers, payload: body });
      expect(replay.statusCode).toBe(400);
      expect(replay.json().error.code).toBe('invalid_proof');

      const listed = await app.inject({ url: '/api/v1/devices', headers: await cookieOf(admin) });
      expect(listed.json().devices).toContainEqual({
        id: answer.device.id,
        code: answer.device.code,
        user: { id: officer.id, username: 'wanjiru' },
        label: 'Tablet 4, Mombasa',
        enrolledAt: clock.now.toISOString(),
        lastSeenAt: clock.now.toISOString(),
        revokedAt: null,
        revocationReason: null,
      });
      expect(listed.body).not.toContain(toBase64(key.publicKey));
    });

    it('refuses forged, replayed, misdirected and expired proofs and a key enrolled already, changing nothing', async () => {
      const other = await userWithPassword(store, 'otieno', ['inspector'], clock.now);
      const key = await newDeviceKey();
      const wrongKey = await newDeviceKey();
      const headers = await cookieOf(officer);
      const cases: { readonly name: string; readonly payload: () => Promise<Record<string, string>>; readonly status: number; readonly code: string }[] = [
        {
          name: 'signed by another key',
          payload: async () => ({ ...(await enrolmentBody(store, 'KE', officer.id, clock.now, wrongKey)), publicKey: toBase64(key.publicKey) }),
          status: 400,
          code: 'invalid_proof',
        },
        {
          name: 'signed for another user',
          payload: async () => {
            const { nonce } = await createEnrolmentChallenge(store.db, officer.id, clock.now);
            const proof = await ed25519Sign(key.seed, enrolmentProofMessage({ party: 'KE', user: other.id, publicKey: key.publicKey, nonce }));
            return { publicKey: toBase64(key.publicKey), nonce: toBase64(nonce), proof: toBase64(proof) };
          },
          status: 400,
          code: 'invalid_proof',
        },
        {
          name: 'signed for another Party',
          payload: async () => {
            const { nonce } = await createEnrolmentChallenge(store.db, officer.id, clock.now);
            const proof = await ed25519Sign(key.seed, enrolmentProofMessage({ party: 'UG', user: officer.id, publicKey: key.publicKey, nonce }));
            return { publicKey: toBase64(key.publicKey), nonce: toBase64(nonce), proof: toBase64(proof) };
          },
          status: 400,
          code: 'invalid_proof',
        },
        { name: "another user's nonce", payload: () => reSignedWithNonceOf(other), status: 400, code: 'invalid_proof' },
        { name: 'an invented nonce', payload: () => proofWithNonce(new Uint8Array(32).fill(7)), status: 400, code: 'invalid_proof' },
        { name: 'a short key', payload: async () => ({ ...(await enrolmentBody(store, 'KE', officer.id, clock.now, key)), publicKey: toBase64(new Uint8Array(31)) }), status: 400, code: 'invalid_body' },
      ];
      async function proofWithNonce(nonce: Uint8Array) {
        const proof = await ed25519Sign(key.seed, enrolmentProofMessage({ party: 'KE', user: officer.id, publicKey: key.publicKey, nonce }));
        return { publicKey: toBase64(key.publicKey), nonce: toBase64(nonce), proof: toBase64(proof) };
      }
      async function reSignedWithNonceOf(user: User) {
        return proofWithNonce((await createEnrolmentChallenge(store.db, user.id, clock.now)).nonce);
      }
      for (const { name, payload, status, code } of cases) {
        const body = await payload();
        const before = await identityRowCounts(store);
        const response = await app.inject({ method: 'POST', url: '/api/v1/devices', headers, payload: body });
        expect(response.statusCode, name).toBe(status);
        expect(response.json().error.code, name).toBe(code);
        expect(await identityRowCounts(store), name).toEqual(before);
      }

      const expiring = await enrolmentBody(store, 'KE', officer.id, clock.now, key);
      clock.advance(ENROLMENT_CHALLENGE_TTL_MS);
      const expired = await app.inject({ method: 'POST', url: '/api/v1/devices', headers: await cookieOf(officer), payload: expiring });
      expect(expired.json().error.code).toBe('invalid_proof');

      await enrolDevice(store.db, signer, { userId: officer.id, publicKey: key.publicKey, ...(await nonceAndProof(key, officer.id)), label: null }, clock.now);
      const before = await identityRowCounts(store);
      const again = await app.inject({ method: 'POST', url: '/api/v1/devices', headers, payload: await enrolmentBody(store, 'KE', officer.id, clock.now, key) });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('key_already_enrolled');
      expect(await identityRowCounts(store)).toEqual({ ...before, enrolment_challenges: (before['enrolment_challenges'] ?? 0) + 1 });
    });

    async function nonceAndProof(key: { seed: Uint8Array; publicKey: Uint8Array }, userId: string) {
      const { nonce } = await createEnrolmentChallenge(store.db, userId, clock.now);
      return { nonce, proof: await ed25519Sign(key.seed, enrolmentProofMessage({ party: 'KE', user: userId, publicKey: key.publicKey, nonce })) };
    }

    it('answers 503 when the root key is locked, changing nothing', async () => {
      const headers = await cookieOf(officer);
      const payload = await enrolmentBody(store, 'KE', officer.id, clock.now);
      const { device } = await enrolledDevice(store, signer, officer.id, clock.now);
      const before = await identityRowCounts(store);
      for (const request of [
        { method: 'POST', url: '/api/v1/devices/challenge' },
        { method: 'POST', url: '/api/v1/devices', payload },
        { method: 'POST', url: `/api/v1/devices/${device.id}/lost`, payload: {} },
      ] as const) {
        const response = await lockedApp.inject({ ...request, headers });
        expect(response.statusCode, request.url).toBe(503);
        expect(response.json().error.code).toBe('root_key_locked');
      }
      expect(await identityRowCounts(store)).toEqual(before);
    });

    it('refuses a removed user and a user who must still change the one-time password', async () => {
      const leaving = await userWithPassword(store, 'leaving', ['officer'], clock.now);
      const headers = await cookieOf(leaving);
      const pending = await enrolmentBody(store, 'KE', leaving.id, clock.now);
      const { device } = await enrolledDevice(store, signer, leaving.id, clock.now);
      await removeUser(store.db, signer, leaving.id, 'retired', clock.now);
      const row = await store.db.selectFrom('devices').select(['revoked_at', 'revocation_reason']).where('id', '=', device.id).executeTakeFirstOrThrow();
      expect(row).toEqual({ revoked_at: clock.now.toISOString(), revocation_reason: 'user removed: retired' });
      expect((await app.inject({ method: 'POST', url: '/api/v1/devices', headers, payload: pending })).statusCode).toBe(401);
      const key = await newDeviceKey();
      const direct = enrolDevice(store.db, signer, { userId: leaving.id, publicKey: key.publicKey, ...(await nonceAndProof(key, leaving.id)), label: null }, clock.now);
      await expect(direct).rejects.toMatchObject({ code: 'user_removed' });

      const fresh = await addUser(store.db, { username: 'newcomer', displayName: 'New', roles: ['officer'] }, clock.now, 1000);
      const response = await app.inject({ method: 'POST', url: '/api/v1/devices/challenge', headers: await cookieOf(fresh.user) });
      expect(response.json().error.code).toBe('password_change_required');
    });

    it('reports a device lost: keys revoked from that time, new trust list, Secretariat notice; owner or admin only', async () => {
      const { device, certificates } = await enrolledDevice(store, signer, officer.id, clock.now);
      const stranger = await userWithPassword(store, 'stranger', ['officer'], clock.now);
      const refused = await app.inject({ method: 'POST', url: `/api/v1/devices/${device.id}/lost`, headers: await cookieOf(stranger), payload: {} });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.code).toBe('not_device_owner');
      const unknown = await app.inject({ method: 'POST', url: '/api/v1/devices/00000000-0000-4000-8000-000000000000/lost', headers: await cookieOf(admin), payload: {} });
      expect(unknown.statusCode).toBe(404);

      clock.advance(60_000);
      const noticesBefore = (await store.db.selectFrom('secretariat_notices').select('id').execute()).length;
      const response = await app.inject({ method: 'POST', url: `/api/v1/devices/${device.id}/lost`, headers: await cookieOf(officer), payload: { reason: 'stolen at the market' } });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({ device: { id: device.id, code: device.code, revokedAt: clock.now.toISOString(), revocationReason: 'stolen at the market' } });
      expect(response.json().revokedKids).toHaveLength(certificates.length);

      const list = await verifyTrustList(new Uint8Array((await app.inject({ url: '/api/v1/trust-list' })).rawPayload), rootPublicKey);
      if (!list.ok) throw new Error(list.reason);
      for (const certificate of certificates) {
        expect(isKeyValidAt(list.value, certificate.kid, clock.now.getTime() - 1).ok).toBe(true);
        expect(isKeyValidAt(list.value, certificate.kid, clock.now.getTime())).toMatchObject({ ok: false, reason: expect.stringContaining('device lost: stolen at the market') });
      }
      const notices = await store.db.selectFrom('secretariat_notices').select('kind').orderBy('created_at', 'desc').execute();
      expect(notices).toHaveLength(noticesBefore + 1);
      expect(notices[0]?.kind).toBe('device-revoked');

      const twice = await app.inject({ method: 'POST', url: `/api/v1/devices/${device.id}/lost`, headers: await cookieOf(admin), payload: {} });
      expect(twice.statusCode).toBe(409);
      const listed = await app.inject({ url: '/api/v1/devices', headers: await cookieOf(admin) });
      expect(listed.json().devices).toContainEqual(expect.objectContaining({ id: device.id, revokedAt: clock.now.toISOString(), revocationReason: 'stolen at the market' }));
    });

    it('revokes the certificates of a withdrawn role, keeping the others; refuses without the root key', async () => {
      const both = await userWithPassword(store, 'muthoni', ['officer', 'approver'], clock.now);
      const { certificates } = await enrolledDevice(store, signer, both.id, clock.now);
      const approverKid = certificates.find((certificate) => certificate.role === 'approver')?.kid ?? new Uint8Array();
      const officerKid = certificates.find((certificate) => certificate.role === 'officer')?.kid ?? new Uint8Array();
      clock.advance(60_000);
      const change = { method: 'PATCH', url: `/api/v1/users/${both.id}`, payload: { roles: ['officer'] } } as const;
      const before = await identityRowCounts(store);
      const locked = await lockedApp.inject({ ...change, headers: await cookieOf(admin) });
      expect(locked.statusCode).toBe(503);
      expect(locked.json().error.code).toBe('root_key_locked');
      expect(await identityRowCounts(store)).toEqual({ ...before, sessions: (before['sessions'] ?? 0) + 1 });

      const response = await app.inject({ ...change, headers: await cookieOf(admin) });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({ user: { roles: ['officer'] }, revokedKids: [Buffer.from(approverKid).toString('hex')] });
      const list = await verifyTrustList(new Uint8Array((await app.inject({ url: '/api/v1/trust-list' })).rawPayload), rootPublicKey);
      if (!list.ok) throw new Error(list.reason);
      expect(isKeyValidAt(list.value, approverKid, clock.now.getTime())).toMatchObject({ ok: false, reason: expect.stringContaining('role withdrawn: approver') });
      expect(isKeyValidAt(list.value, approverKid, clock.now.getTime() - 1).ok).toBe(true);
      expect(isKeyValidAt(list.value, officerKid, clock.now.getTime()).ok).toBe(true);
      const rename = await lockedApp.inject({ method: 'PATCH', url: `/api/v1/users/${both.id}`, headers: await cookieOf(admin), payload: { displayName: 'Muthoni W.' } });
      expect(rename.statusCode).toBe(200);
    });

    it('enrols concurrently without sharing a code or a trust list version', async () => {
      const enrolments = await Promise.all(Array.from({ length: 12 }, () => enrolledDevice(store, signer, officer.id, clock.now)));
      const codes = new Set(enrolments.map((enrolment) => enrolment.device.code));
      const versions = new Set(enrolments.map((enrolment) => enrolment.trustList.version));
      expect(codes.size).toBe(12);
      expect(versions.size).toBe(12);
      const latest = enrolments.reduce((a, b) => (a.trustList.version > b.trustList.version ? a : b));
      const list = await verifyTrustList(latest.trustList.signed, rootPublicKey);
      if (!list.ok) throw new Error(list.reason);
      for (const enrolment of enrolments) {
        for (const certificate of enrolment.certificates) expect(isKeyValidAt(list.value, certificate.kid, clock.now.getTime()).ok).toBe(true);
      }
    });

    it('hands out the last free code, then refuses with 503 when every code is taken', async () => {
      const used = new Set((await store.db.selectFrom('devices').select('code').execute()).map((row) => row.code));
      const alphabet = [...DEVICE_CODE_ALPHABET];
      const all = alphabet.flatMap((a) => alphabet.flatMap((b) => alphabet.map((c) => a + b + c)));
      const lastFree = all.find((code) => !used.has(code)) ?? '';
      const filler = all.filter((code) => !used.has(code) && code !== lastFree);
      for (let start = 0; start < filler.length; start += 2000) {
        await store.db
          .insertInto('devices')
          .values(filler.slice(start, start + 2000).map((code) => ({ id: `filler-${code}`, code, user_id: admin.id, public_key: `filler-${code}`, label: null, enrolled_at: clock.now.toISOString(), last_seen_at: null, revoked_at: null, revocation_reason: null })))
          .execute();
      }
      expect((await enrolledDevice(store, signer, officer.id, clock.now)).device.code).toBe(lastFree);
      const response = await app.inject({ method: 'POST', url: '/api/v1/devices', headers: await cookieOf(officer), payload: await enrolmentBody(store, 'KE', officer.id, clock.now) });
      expect(response.statusCode).toBe(503);
      expect(response.json().error.code).toBe('device_codes_exhausted');
    });
  });
});
