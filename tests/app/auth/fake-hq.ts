// A stand-in for HQ's identity API at the fetch boundary: it signs real certificates and trust lists with a
// test root key, and checks the device's enrolment proof, so the app's verification runs for real.
import { vi } from 'vitest';
import { parseBase64, toBase64 } from '../../../src/core/crypto/base64.ts';
import { ed25519PublicKey, ed25519Verify } from '../../../src/core/crypto/ed25519.ts';
import type { Role } from '../../../src/core/permit/transition-roles.ts';
import { enrolmentProofMessage } from '../../../src/core/trust/enrolment-proof.ts';
import { signKeyCertificate, type KeyCertificate } from '../../../src/core/trust/key-certificate.ts';
import { signTrustList } from '../../../src/core/trust/trust-list.ts';

export const rootSeed = Uint8Array.from({ length: 32 }, (_, i) => i + 1);
const nonce = toBase64(Uint8Array.from({ length: 32 }, (_, i) => 200 - i));

export interface FakeUser {
  id: string;
  username: string;
  password: string;
  roles: Role[];
  mustChangePassword: boolean;
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const refusal = (status: number, code: string) => json(status, { error: { code, message: code } });

export function fakeHq(users: FakeUser[]) {
  let signedIn: FakeUser | undefined;
  const certificates: KeyCertificate[] = [];
  let trustListVersion = 1;
  const calls: string[] = [];
  const answer = async (path: string, init: RequestInit = {}): Promise<Response> => {
    const method = init.method ?? 'GET';
    calls.push(`${method} ${path}`);
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as Record<string, string>) : {};
    if (method === 'POST' && path === '/api/v1/session') {
      signedIn = users.find((user) => user.username === body['username'] && user.password === body['password']);
      if (!signedIn) return refusal(401, 'invalid_credentials');
      const { id, username, roles, mustChangePassword } = signedIn;
      return json(200, { user: { id, username, displayName: `Name of ${username}`, roles, mustChangePassword }, autoLockMinutes: 10 });
    }
    if (signedIn === undefined) return refusal(401, 'not_signed_in');
    if (method === 'POST' && path === '/api/v1/session/password') {
      if (body['currentPassword'] !== signedIn.password) return refusal(400, 'wrong_password');
      if ((body['newPassword'] ?? '').length < 12) return refusal(400, 'weak_password');
      signedIn.password = body['newPassword'] ?? '';
      signedIn.mustChangePassword = false;
      return new Response(null, { status: 204 });
    }
    if (method === 'POST' && path === '/api/v1/devices/challenge') return json(200, { nonce, party: 'KE', user: signedIn.id, expiresAt: '' });
    if (method === 'POST' && path === '/api/v1/devices') {
      const publicKey = parseBase64(body['publicKey'] ?? '') ?? new Uint8Array(0);
      const message = enrolmentProofMessage({ party: 'KE', user: signedIn.id, publicKey, nonce: parseBase64(nonce) ?? new Uint8Array(0) });
      if (!(await ed25519Verify(publicKey, message, parseBase64(body['proof'] ?? '') ?? new Uint8Array(0)))) return refusal(400, 'invalid_proof');
      const code = `D${certificates.length + 10}`;
      const issued: KeyCertificate[] = [];
      for (const role of signedIn.roles) {
        issued.push(await signKeyCertificate(rootSeed, { party: 'KE', role, user: signedIn.id, device: code, publicKey, notBefore: 0, notAfter: 2e12 }));
      }
      certificates.push(...issued);
      // Copied into this realm's Uint8Array: under jsdom, bytes made by the CBOR encoder fail the schema's instanceof.
      const listed = certificates.map((certificate) => ({ signed: Uint8Array.from(certificate.signed) }));
      const trustList = await signTrustList(rootSeed, { party: 'KE', version: ++trustListVersion, issuedAt: 1_700_000_000_000, certificates: listed, revocations: [] });
      return json(201, {
        device: { id: `device-${code}`, code },
        certificates: issued.map((certificate) => toBase64(certificate.signed)),
        trustList: toBase64(trustList),
        authority: { party: 'KE', name: 'Kenya Wildlife Service', rootPublicKey: toBase64(await ed25519PublicKey(rootSeed)) },
      });
    }
    if (method === 'DELETE' && path === '/api/v1/session') {
      signedIn = undefined;
      return new Response(null, { status: 204 });
    }
    return refusal(404, 'not_found');
  };
  const fetchMock = vi.fn((input: RequestInfo | URL, init?: RequestInit) => answer(String(input), init));
  return { fetchMock, calls };
}
