// The HQ identity API as the app calls it. The session is an HttpOnly cookie the browser attaches by itself;
// every answer is parsed with zod before use. `fetch` is a parameter so tests mock it at the boundary.
import { z } from 'zod';
import { ROLES } from '../../core/permit/transition-roles.ts';

export type Fetch = typeof fetch;

const hqUserSchema = z.object({
  id: z.string().min(1),
  username: z.string().min(1),
  displayName: z.string(),
  roles: z.array(z.enum(ROLES)).min(1),
  mustChangePassword: z.boolean(),
});
export type HqUser = z.infer<typeof hqUserSchema>;

const sessionSchema = z.object({ user: hqUserSchema, autoLockMinutes: z.number().int().positive().optional() });
type HqSession = z.infer<typeof sessionSchema>;

const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/** HQ answered, but not with what was asked for; `code` is HQ's error code ('unreachable' when it never answered). */
export class HqError extends Error {
  override readonly name = 'HqError';
  constructor(
    readonly code: string,
    message: string,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }
}

/** The answer's JSON body (null for 204); throws HqError when HQ cannot be reached or refuses. */
async function send(fetchFn: Fetch, path: string, init: RequestInit): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchFn(path, {
      ...init,
      credentials: 'same-origin',
      cache: 'no-store',
      headers: init.body === undefined ? {} : { 'content-type': 'application/json' },
    });
  } catch (error) {
    throw new HqError('unreachable', error instanceof Error ? error.message : 'HQ cannot be reached');
  }
  const body: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = errorSchema.safeParse(body);
    const retryAfter = Number(response.headers.get('retry-after'));
    throw new HqError(
      parsed.success ? parsed.data.error.code : `http_${response.status}`,
      parsed.success ? parsed.data.error.message : `HQ answered ${response.status}`,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
    );
  }
  return body;
}

async function call<T>(fetchFn: Fetch, path: string, schema: z.ZodType<T>, init: RequestInit = {}): Promise<T> {
  const parsed = schema.safeParse(await send(fetchFn, path, init));
  if (!parsed.success) throw new HqError('bad_answer', `unexpected answer from ${path}`);
  return parsed.data;
}

const json = (value: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(value) });

export async function startHqSession(fetchFn: Fetch, username: string, password: string): Promise<HqSession> {
  return call(fetchFn, '/api/v1/session', sessionSchema, json({ username, password }));
}

export async function changeHqPassword(fetchFn: Fetch, currentPassword: string, newPassword: string): Promise<void> {
  await send(fetchFn, '/api/v1/session/password', json({ currentPassword, newPassword }));
}

export async function endHqSession(fetchFn: Fetch): Promise<void> {
  await send(fetchFn, '/api/v1/session', { method: 'DELETE' });
}

const challengeSchema = z.object({ nonce: z.string(), party: z.string(), user: z.string() });
type EnrolmentChallenge = z.infer<typeof challengeSchema>;

export async function requestEnrolmentChallenge(fetchFn: Fetch): Promise<EnrolmentChallenge> {
  return call(fetchFn, '/api/v1/devices/challenge', challengeSchema, { method: 'POST' });
}

const enrolmentSchema = z.object({
  device: z.object({ id: z.string().min(1), code: z.string().min(1) }),
  certificates: z.array(z.string()),
  trustList: z.string(),
  authority: z.object({ party: z.string(), name: z.string(), rootPublicKey: z.string() }),
});
type EnrolmentAnswer = z.infer<typeof enrolmentSchema>;

export async function enrolDeviceKey(
  fetchFn: Fetch,
  request: { publicKey: string; nonce: string; proof: string; label?: string },
): Promise<EnrolmentAnswer> {
  return call(fetchFn, '/api/v1/devices', enrolmentSchema, json(request));
}
