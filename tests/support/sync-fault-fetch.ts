// The device's fetch for fault tests: one node:http request per call on a connection of its own (no
// keep-alive), so the cutting proxy sees exactly one request per connection and can tell its phase. The
// answer's body streams from the socket: a connection cut mid-body makes reading it fail, as in a browser.
import http from 'node:http';
import { Readable } from 'node:stream';
import type { Fetch } from '../../src/app/auth/hq-api.ts';

function headersOf(init: RequestInit | undefined): Record<string, string> {
  return Object.fromEntries(new Headers(init?.headers).entries());
}

async function bodyOf(init: RequestInit | undefined): Promise<Buffer> {
  if (init?.body === undefined || init.body === null) return Buffer.alloc(0);
  return Buffer.from(await new Response(init.body).arrayBuffer());
}

/** A fetch that sends `path` to `baseUrl` (e.g. the proxy's or HQ's URL). */
export function connectionPerRequestFetch(baseUrl: string): Fetch {
  const fetchOne = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const body = await bodyOf(init);
    const url = new URL(String(input), baseUrl);
    return new Promise<Response>((resolve, reject) => {
      const request = http.request(url, {
        method: init?.method ?? 'GET',
        agent: false,
        headers: { ...headersOf(init), 'content-length': String(body.length) },
      }, (answer) => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(answer.headers)) {
          if (typeof value === 'string') headers.set(name, value);
        }
        const stream = Readable.toWeb(answer) as ReadableStream<Uint8Array>;
        resolve(new Response(stream, { status: answer.statusCode ?? 0, headers }));
      });
      request.once('error', reject);
      request.end(body);
    });
  };
  return fetchOne as Fetch;
}
