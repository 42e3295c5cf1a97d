// A lean HTTP/1.1 client for load rows: node:http with a keep-alive pool as large as the load, so that every
// simulated device holds its own connection and the client spends as little CPU per request as Node allows
// (global fetch costs several times more per request, which on a 2-core machine is taken from the server).
// A request's time runs from the call to the last byte of the answer; the body is kept raw for later checks.
import { Agent, request, type OutgoingHttpHeaders } from 'node:http';

export interface HttpAnswer {
  readonly status: number;
  readonly contentEncoding: string | undefined;
  readonly body: Buffer;
  readonly ms: number;
}

export interface KeepAliveClient {
  send(method: 'GET' | 'POST', path: string, headers: OutgoingHttpHeaders, body?: Uint8Array): Promise<HttpAnswer>;
  close(): void;
}

export function keepAliveClient(baseUrl: string, sockets: number): KeepAliveClient {
  const agent = new Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });
  const { hostname, port } = new URL(baseUrl);
  return {
    send: (method, path, headers, body) => new Promise((resolve, reject) => {
      const start = performance.now();
      const outgoing = request({ agent, hostname, port, path, method, headers: body === undefined ? headers : { ...headers, 'content-length': body.length } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => resolve({
          status: response.statusCode ?? 0,
          contentEncoding: response.headers['content-encoding'],
          body: Buffer.concat(chunks),
          ms: performance.now() - start,
        }));
      });
      outgoing.on('error', reject);
      outgoing.end(body);
    }),
    close: () => agent.destroy(),
  };
}
