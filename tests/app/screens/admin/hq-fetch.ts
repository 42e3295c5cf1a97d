import { vi } from 'vitest';

/** One answer of the fake HQ: a JSON body, raw bytes, or a network failure. */
export type FakeAnswer = { status?: number; json?: unknown; bytes?: Uint8Array } | 'network-error';

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
}

/**
 * Replaces `fetch` with a fake HQ answering `METHOD /path` from the table (a function is asked each time);
 * anything else is a 404 that fails the test loudly. Returns the requests it received, in order.
 */
export function fakeHq(routes: Record<string, FakeAnswer | ((body: unknown) => FakeAnswer)>): RecordedRequest[] {
  const requests: RecordedRequest[] = [];
  vi.stubGlobal('fetch', async (input: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    requests.push({ method, path: input, body });
    const route = routes[`${method} ${input}`];
    const answer = typeof route === 'function' ? route(body) : route;
    if (answer === undefined) return new Response(JSON.stringify({ error: { code: 'test_unrouted', message: `${method} ${input}` } }), { status: 404 });
    if (answer === 'network-error') throw new TypeError('Failed to fetch');
    if (answer.bytes !== undefined) return new Response(new Uint8Array(answer.bytes), { status: answer.status ?? 200, headers: { 'content-type': 'application/cbor' } });
    return new Response(JSON.stringify(answer.json ?? {}), { status: answer.status ?? 200, headers: { 'content-type': 'application/json' } });
  });
  return requests;
}

export const refusal = (status: number, code: string, message = 'refused') => ({ status, json: { error: { code, message } } });

export function hqUser(username: string, roles: readonly string[], extra: Record<string, unknown> = {}) {
  return {
    id: `00000000-0000-4000-8000-${username.padStart(12, '0').slice(-12)}`,
    username,
    displayName: `Name of ${username}`,
    roles,
    office: null,
    mustChangePassword: false,
    createdAt: '2026-03-01T08:00:00.000Z',
    removedAt: null,
    removalReason: null,
    ...extra,
  };
}

export const adminSession = { json: { user: hqUser('chief', ['admin']), expiresAt: '2026-03-01T20:00:00.000Z' } };
