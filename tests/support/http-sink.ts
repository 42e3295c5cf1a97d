import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

export interface HttpSink {
  readonly url: string;
  readonly received: ReceivedRequest[];
  /** Statuses to answer, in order; once used up, 204. */
  readonly statuses: number[];
  /** Resolves with the next request to arrive. */
  nextRequest(): Promise<ReceivedRequest>;
  close(): Promise<void>;
}

/** A local HTTP server on 127.0.0.1:0 that records every request's bytes and answers the scripted statuses. */
export async function startHttpSink(): Promise<HttpSink> {
  const received: ReceivedRequest[] = [];
  const statuses: number[] = [];
  const waiting: ((request: ReceivedRequest) => void)[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const record = { method: request.method ?? '', url: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks) };
      received.push(record);
      response.statusCode = statuses.shift() ?? 204;
      response.end();
      for (const resolve of waiting.splice(0)) resolve(record);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/secretariat/hook`,
    received,
    statuses,
    nextRequest: () => new Promise((resolve) => waiting.push(resolve)),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
