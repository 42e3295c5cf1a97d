// A fake HQ for the device's sync client, built from core functions only: it checks the signed requests
// (device key, nonce), keeps a Merkle tree of entry ids, signs checkpoints with a test log key and answers
// hello/push/pull as docs/sync-protocol.md says. Faults are queued per endpoint to test the client's
// recovery: an error status, a connection cut before HQ stores, after HQ stores (the answer is lost), or
// in the middle of the answer; tampering makes it lie (a bad proof, a foreign log key, a forked log).
import { gunzipSync } from 'fflate';
import { toHex } from '../../src/core/crypto/bytes.ts';
import { ed25519PublicKey } from '../../src/core/crypto/ed25519.ts';
import { signCheckpoint } from '../../src/core/log/checkpoint.ts';
import { decodeEntry, entryId } from '../../src/core/log/entry.ts';
import { leafHash } from '../../src/core/log/merkle-hash.ts';
import { appendLeafHash, consistencyProof, createMerkleTree, inclusionProof, merkleRoot, merkleTreeSize } from '../../src/core/log/merkle-tree.ts';
import { helloRequestSchema, helloResponseSchema } from '../../src/core/sync/hello.ts';
import { signLogKeyStatement } from '../../src/core/sync/log-key-statement.ts';
import { pullResponseSchema, type PullBody, type PulledQuotaShares } from '../../src/core/sync/pull.ts';
import { pushResponseSchema, type PushBody } from '../../src/core/sync/push.ts';
import type { Rejection, RejectionCode } from '../../src/core/sync/rejection.ts';
import { openSyncRequest } from '../../src/core/sync/signed-request.ts';
import { decodeSyncMessage, encodeSyncMessage } from '../../src/core/sync/wire.ts';

export const FAKE_LOG_ORIGIN = 'hornbill.test/log';

type Endpoint = 'hello' | 'push' | 'pull';

export type Fault =
  | { readonly kind: 'status'; readonly status: number; readonly code: string }
  /** The connection drops before HQ reads the request. */
  | { readonly kind: 'cut-request' }
  /** HQ processes and stores the request, then the answer is lost. */
  | { readonly kind: 'lose-answer' }
  /** The answer starts arriving, then the connection drops. */
  | { readonly kind: 'cut-answer' };

export type Tamper = 'bad-proof' | 'foreign-log-key' | 'bad-consistency' | null;

export interface FakeSyncHqOptions {
  readonly party: string;
  readonly rootSeed: Uint8Array;
  /** Device code → the public key recorded at enrolment. */
  readonly devices: ReadonlyMap<string, Uint8Array>;
  readonly trustList: { readonly version: number; readonly bytes: Uint8Array };
  readonly now: () => number;
  /** Entries per pull answer (to test `more`). */
  readonly pullPage?: number;
}

interface LoggedEntry {
  readonly id: string;
  readonly device: string;
  readonly permit: string | null;
  readonly bytes: Uint8Array;
}

export interface FakeSyncHq {
  readonly fetch: typeof fetch;
  readonly logSeed: Uint8Array;
  /** Entries in log order. */
  readonly log: LoggedEntry[];
  /** Every push batch received (entry ids), in order. */
  readonly pushes: string[][];
  /** The cursor of every pull received, in order. */
  readonly pulls: number[];
  readonly faults: Record<Endpoint, Fault[]>;
  tamper: Tamper;
  /** Entry id → the rejection HQ answers for it. */
  readonly refuse: Map<string, RejectionCode>;
  statusList: { version: number; bytes: Uint8Array } | null;
  trustList: { version: number; bytes: Uint8Array };
  /** The user changes every pull answer carries. */
  users: { id: string; removedAt: number | null }[];
  /** The device's quota shares: answered when their version is newer than the one the pull names (null: none). */
  quotaShares: PulledQuotaShares | null;
  /** Another device's entry, as if it had pushed it. */
  append(bytes: Uint8Array): void;
  /** Forgets every nonce issued (as after their 10 minutes). */
  expireNonces(): void;
}

function json(status: number, code: string): Response {
  return new Response(JSON.stringify({ error: { code, message: `fake HQ: ${code}` } }), { status, headers: { 'content-type': 'application/json' } });
}

function cbor(bytes: Uint8Array, cut: boolean): Response {
  const headers = { 'content-type': 'application/cbor' };
  if (!cut) return new Response(bytes as BodyInit, { status: 200, headers });
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes.slice(0, Math.floor(bytes.length / 2)));
      controller.error(new TypeError('fake HQ: connection reset'));
    },
  });
  return new Response(stream, { status: 200, headers });
}

export async function createFakeSyncHq(options: FakeSyncHqOptions): Promise<FakeSyncHq> {
  const logSeed = new Uint8Array(32).fill(0x6c);
  const foreignSeed = new Uint8Array(32).fill(0x6d);
  const tree = createMerkleTree();
  const log: LoggedEntry[] = [];
  const byId = new Map<string, number>();
  const nextSeq = new Map<string, number>();
  const nonces = new Map<string, string>();
  const statement = await signLogKeyStatement(options.rootSeed, {
    format: 1, party: options.party, origin: FAKE_LOG_ORIGIN, publicKey: await ed25519PublicKey(logSeed), issuedAt: options.now(),
  });

  const addToLog = (id: string, device: string, permit: string | null, bytes: Uint8Array) => {
    byId.set(id, log.length);
    log.push({ id, device, permit, bytes });
    appendLeafHash(tree, leafHash(Uint8Array.from(Buffer.from(id, 'hex'))));
  };
  const checkpoint = (size: number, root = merkleRoot(tree, size)) =>
    signCheckpoint({ origin: FAKE_LOG_ORIGIN, size, rootHash: root, extensions: [] }, { name: FAKE_LOG_ORIGIN, seed: hq.tamper === 'foreign-log-key' ? foreignSeed : logSeed });

  const push = async (device: string, body: PushBody) => {
    const rejected: Rejection[] = [];
    const held: string[] = [];
    hq.pushes.push(body.entries.map((bytes) => toHex(entryId(bytes))));
    for (const [index, bytes] of body.entries.entries()) {
      const decoded = decodeEntry(bytes);
      if (!decoded.ok) throw new Error(`fake HQ: a pushed entry does not decode: ${decoded.error.detail}`);
      const id = toHex(decoded.value.id);
      const refusal = rejected.length > 0 ? 'chain.after-rejected' : hq.refuse.get(id);
      if (byId.has(id)) {
        held.push(id);
      } else if (refusal !== undefined) {
        rejected.push({ index, id: decoded.value.id, code: refusal, reason: `fake HQ: ${refusal}` });
      } else if (decoded.value.entry.seq !== (nextSeq.get(device) ?? 0)) {
        rejected.push({ index, id: decoded.value.id, code: 'chain.gap', reason: 'fake HQ: gap' });
      } else {
        addToLog(id, device, decoded.value.entry.permit, bytes);
        nextSeq.set(device, decoded.value.entry.seq + 1);
        held.push(id);
      }
    }
    const size = merkleTreeSize(tree);
    const receipt = held.length === 0 ? null : {
      checkpoint: await checkpoint(size),
      entries: held.map((id) => {
        const leafIndex = byId.get(id) ?? -1;
        const proof = inclusionProof(tree, leafIndex, size);
        if (hq.tamper === 'bad-proof' && proof[0] !== undefined) proof[0] = proof[0].map((byte) => byte ^ 1);
        return { id: Uint8Array.from(Buffer.from(id, 'hex')), leafIndex, proof };
      }),
    };
    return encodeSyncMessage(pushResponseSchema, { v: 1, receipt, rejected, hqTime: options.now() });
  };

  const pull = async (device: string, body: PullBody) => {
    hq.pulls.push(body.cursor);
    const size = merkleTreeSize(tree);
    const page = Math.min(body.limit, options.pullPage ?? body.limit);
    const entries: { leafIndex: number; bytes: Uint8Array }[] = [];
    let position = body.cursor;
    for (; position < size && entries.length < page; position++) {
      const entry = log[position];
      if (entry !== undefined && entry.device !== device && entry.permit !== null) entries.push({ leafIndex: position, bytes: entry.bytes });
    }
    let consistency = body.treeSize > 0 && body.treeSize < size ? consistencyProof(tree, body.treeSize, size) : [];
    if (hq.tamper === 'bad-consistency') consistency = consistency.map((hash) => hash.map((byte) => byte ^ 1));
    return encodeSyncMessage(pullResponseSchema, {
      v: 1,
      entries,
      nextCursor: position,
      more: position < size,
      checkpoint: await checkpoint(size),
      consistency,
      trustList: hq.trustList.version > body.trustListVersion ? hq.trustList.bytes : null,
      statusList: hq.statusList !== null && hq.statusList.version > body.statusListVersion ? hq.statusList.bytes : null,
      users: hq.users,
      quotaShares: hq.quotaShares !== null && hq.quotaShares.version > body.quotaSharesVersion ? hq.quotaShares : null,
      hqTime: options.now(),
    });
  };

  const answerSigned = async (endpoint: 'push' | 'pull', body: Uint8Array): Promise<Uint8Array | Response> => {
    const opened = openSyncRequest(body);
    if (!opened.ok) return json(400, 'sync.malformed');
    const { request } = opened.value;
    const publicKey = options.devices.get(request.device);
    if (publicKey === undefined || !(await opened.value.verify(publicKey))) return json(401, 'sync.unauthenticated');
    if (nonces.get(toHex(request.nonce)) !== request.device) return json(401, 'sync.nonce-expired');
    if (request.kind !== endpoint) return json(400, 'sync.malformed');
    return request.kind === 'push' ? push(request.device, request.push) : pull(request.device, request.pull);
  };

  const fakeFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const endpoint = String(input).replace('/api/v1/sync/', '') as Endpoint;
    const fault = hq.faults[endpoint].shift();
    if (fault?.kind === 'cut-request') throw new TypeError('fake HQ: connection refused');
    if (fault?.kind === 'status') return json(fault.status, fault.code);
    const headers = new Headers(init?.headers);
    if (headers.get('content-encoding') !== 'gzip') throw new Error('fake HQ: the client must gzip its requests');
    const body = gunzipSync(new Uint8Array(init?.body as Uint8Array));
    let answer: Uint8Array | Response;
    if (endpoint === 'hello') {
      const nonce = crypto.getRandomValues(new Uint8Array(16));
      const hello = decodeSyncMessage(helloRequestSchema, body, 'hello');
      if (!hello.ok) return json(400, 'sync.malformed');
      nonces.set(toHex(nonce), hello.value.device);
      answer = encodeSyncMessage(helloResponseSchema, { v: 1, nonce, hqTime: options.now(), nonceExpiresAt: options.now() + 600_000, logKey: statement });
    } else {
      answer = await answerSigned(endpoint, body);
    }
    if (answer instanceof Response) return answer;
    if (fault?.kind === 'lose-answer') throw new TypeError('fake HQ: connection reset after storing');
    return cbor(answer, fault?.kind === 'cut-answer');
  };

  const hq: FakeSyncHq = {
    fetch: fakeFetch as typeof fetch,
    logSeed,
    log,
    pushes: [],
    pulls: [],
    faults: { hello: [], push: [], pull: [] },
    tamper: null,
    refuse: new Map(),
    statusList: null,
    trustList: { ...options.trustList },
    users: [],
    quotaShares: null,
    append(bytes) {
      const decoded = decodeEntry(bytes);
      if (!decoded.ok) throw new Error(decoded.error.detail);
      addToLog(toHex(decoded.value.id), decoded.value.entry.device, decoded.value.entry.permit, bytes);
    },
    expireNonces: () => nonces.clear(),
  };
  return hq;
}

