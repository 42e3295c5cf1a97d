import type { z } from 'zod';

/** Why a call to HQ failed: no connection, or HQ's `{error: {code, message}}` answer. */
export type HqFailure = { readonly kind: 'offline' } | { readonly kind: 'refused'; readonly status: number; readonly code: string; readonly message: string };

export type HqResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: HqFailure };

interface ErrorShape {
  error?: { code?: unknown; message?: unknown };
}

async function refusal(response: Response): Promise<HqFailure> {
  let code = 'unexpected_response';
  let message = `HTTP ${response.status}`;
  try {
    const body = (await response.json()) as ErrorShape;
    if (typeof body.error?.code === 'string') code = body.error.code;
    if (typeof body.error?.message === 'string') message = body.error.message;
  } catch {
    // Not JSON (a proxy's error page, say): the status is all there is.
  }
  return { kind: 'refused', status: response.status, code, message };
}

/**
 * Calls an HQ API route on this origin (the session cookie goes along) and checks the JSON answer against
 * `schema`. A network failure reads as offline; an answer that does not match the schema is a refusal.
 */
export async function hqRequest<S extends z.ZodType>(
  path: string,
  schema: S,
  options: { readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; readonly body?: unknown } = {},
): Promise<HqResult<z.infer<S>>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      credentials: 'same-origin',
      headers: options.body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: options.body === undefined ? null : JSON.stringify(options.body),
    });
  } catch {
    return { ok: false, failure: { kind: 'offline' } };
  }
  if (!response.ok) return { ok: false, failure: await refusal(response) };
  const parsed = schema.safeParse(response.status === 204 ? {} : await response.json().catch(() => undefined));
  if (!parsed.success) return { ok: false, failure: { kind: 'refused', status: response.status, code: 'unexpected_response', message: parsed.error.message } };
  return { ok: true, value: parsed.data };
}
