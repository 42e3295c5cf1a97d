// A loopback TCP proxy in front of HQ that cuts connections (DESIGN §10, fault tests). Per connection it
// forwards both ways and may cut it, destroying both sockets, after a chosen number of bytes of the request
// (upstream) or of the response (downstream). The offset is a fraction of the whole HTTP message (head plus
// Content-Length body), so a cut lands anywhere from the request line's first byte to the body's last-but-one.
// It expects one request per connection (sync-fault-fetch.ts) and names the sync phase from the request line.
import net from 'node:net';

export type SyncPhase = 'hello' | 'push' | 'pull' | 'other';
export type CutDirection = 'upstream' | 'downstream';

export interface CutChoice {
  readonly direction: CutDirection;
  /** Where in the message, in [0, 1). */
  readonly fraction: number;
}

export interface Cut {
  /** 1 for the proxy's first connection. */
  readonly connection: number;
  readonly phase: SyncPhase;
  readonly direction: CutDirection;
  /** Bytes of the message that went through before the cut. */
  readonly offset: number;
  /** The whole message: head and body. */
  readonly messageBytes: number;
}

export interface CuttingProxyOptions {
  readonly targetPort: number;
  /** Asked once per connection, when its request head has arrived; null lets it through whole. */
  readonly chooseCut: (phase: SyncPhase, connection: number) => CutChoice | null;
  /** The connection's whole request was handed to HQ's socket. */
  readonly onRequestForwarded?: (phase: SyncPhase, connection: number) => void;
  /** HQ's answer head has arrived, before any of it is passed on. */
  readonly onAnswerStarted?: (phase: SyncPhase, connection: number) => void;
}

export interface CuttingProxy {
  readonly url: string;
  /** Every cut made so far, in order. */
  readonly cuts: readonly Cut[];
  /** Connections accepted so far. */
  connections(): number;
  close(): Promise<void>;
}

interface MessageHead {
  readonly firstLine: string;
  readonly headBytes: number;
  readonly contentLength: number;
}

function parseHead(buffer: Buffer): MessageHead | undefined {
  const end = buffer.indexOf('\r\n\r\n');
  if (end < 0) return undefined;
  const lines = buffer.subarray(0, end).toString('latin1').split('\r\n');
  const length = lines.find((line) => /^content-length:/i.test(line));
  return {
    firstLine: lines[0] ?? '',
    headBytes: end + 4,
    contentLength: length === undefined ? 0 : Number(length.slice(length.indexOf(':') + 1).trim()),
  };
}

const SYNC_PHASES = ['hello', 'push', 'pull'] as const;

function phaseOf(requestLine: string): SyncPhase {
  const path = /^POST \/api\/v1\/sync\/(\w+)[ ?]/.exec(requestLine)?.[1];
  return SYNC_PHASES.find((phase) => phase === path) ?? 'other';
}

interface Valve {
  /** Given the head: how many bytes of the message may pass (Infinity: all). */
  readonly limitFor: (head: MessageHead) => number;
  readonly write: (chunk: Buffer, written: () => void) => void;
  readonly cut: (offset: number, messageBytes: number) => void;
  readonly complete?: () => void;
}

/** One direction of a connection: holds bytes until the head is known, then forwards up to the limit. */
function messageValve(valve: Valve): (chunk: Buffer) => void {
  let held = Buffer.alloc(0);
  let head: MessageHead | undefined;
  let limit = Number.POSITIVE_INFINITY;
  let forwarded = 0;
  let stopped = false;
  return (chunk) => {
    if (stopped) return;
    let data = chunk;
    if (head === undefined) {
      held = Buffer.concat([held, chunk]);
      head = parseHead(held);
      if (head === undefined) return;
      limit = valve.limitFor(head);
      data = held;
    }
    const total = head.headBytes + head.contentLength;
    if (forwarded + data.length > limit) {
      stopped = true;
      const offset = limit;
      valve.write(data.subarray(0, limit - forwarded), () => valve.cut(offset, total));
      forwarded = limit;
      return;
    }
    forwarded += data.length;
    const isLast = forwarded >= total;
    if (isLast) stopped = true;
    valve.write(data, () => {
      if (isLast) valve.complete?.();
    });
  };
}

export function startCuttingProxy(options: CuttingProxyOptions): Promise<CuttingProxy> {
  const cuts: Cut[] = [];
  const open = new Set<net.Socket>();
  let count = 0;

  const server = net.createServer((client) => {
    const connection = ++count;
    const upstream = net.connect(options.targetPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.once('close', () => open.delete(socket));
    }
    let phase: SyncPhase = 'other';
    let choice: CutChoice | null = null;
    const cutAt = (direction: CutDirection, offset: number, messageBytes: number) => {
      cuts.push({ connection, phase, direction, offset, messageBytes });
      client.destroy();
      upstream.destroy();
    };
    const limitIn = (direction: CutDirection, head: MessageHead) =>
      choice?.direction === direction ? Math.floor(choice.fraction * (head.headBytes + head.contentLength)) : Number.POSITIVE_INFINITY;

    const request = messageValve({
      limitFor: (head) => {
        phase = phaseOf(head.firstLine);
        choice = options.chooseCut(phase, connection);
        return limitIn('upstream', head);
      },
      write: (chunk, written) => upstream.write(chunk, written),
      cut: (offset, total) => cutAt('upstream', offset, total),
      complete: () => options.onRequestForwarded?.(phase, connection),
    });
    const response = messageValve({
      limitFor: (head) => {
        options.onAnswerStarted?.(phase, connection);
        return limitIn('downstream', head);
      },
      write: (chunk, written) => client.write(chunk, written),
      cut: (offset, total) => cutAt('downstream', offset, total),
    });
    client.on('data', request);
    upstream.on('data', response);
    client.on('end', () => upstream.end());
    upstream.on('end', () => client.end());
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        reject(new Error('the proxy is not listening on TCP'));
        return;
      }
      resolve({
        url: `http://127.0.0.1:${address.port}`,
        cuts,
        connections: () => count,
        close: () => {
          for (const socket of open) socket.destroy();
          return new Promise((done) => server.close(() => done()));
        },
      });
    });
  });
}
