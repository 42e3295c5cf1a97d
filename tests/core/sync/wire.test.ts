import { describe, expect, it } from 'vitest';
import { decodeCanonicalCbor, encodeCbor } from '../../../src/core/crypto/cbor.ts';
import { helloRequestSchema } from '../../../src/core/sync/hello.ts';
import { plainFromCbor } from '../../../src/core/trust/cbor-record.ts';
import { retryAfterError } from '../../../src/core/sync/sync-error.ts';
import { decodeSyncMessage, encodeSyncMessage } from '../../../src/core/sync/wire.ts';

describe('sync message bodies', () => {
  it('round-trip through deterministic CBOR', () => {
    const bytes = encodeSyncMessage(helloRequestSchema, { v: 1, device: 'T3F' });
    expect(decodeSyncMessage(helloRequestSchema, bytes, 'hello')).toEqual({ ok: true, value: { v: 1, device: 'T3F' } });
  });

  it('refuse bytes that are not deterministic CBOR, and a body that breaks the schema with the field named', () => {
    // {"v": 1} with the integer 1 in a needlessly long form (0x18 0x01).
    const longForm = new Uint8Array([0xa1, 0x61, 0x76, 0x18, 0x01]);
    const refused = decodeSyncMessage(helloRequestSchema, longForm, 'hello');
    expect(refused.ok).toBe(false);
    const missingDevice = decodeSyncMessage(helloRequestSchema, new Uint8Array([0xa1, 0x61, 0x76, 0x01]), 'hello');
    expect(missingDevice.ok === false && missingDevice.reason).toMatch(/^hello: device: /);
  });
});

describe('a body with a "__proto__" key', () => {
  it('is refused as an unknown key, and never sets the decoded object\'s prototype', () => {
    // {"v": 1, "device": "T3F", "__proto__": {"polluted": true}} in deterministic CBOR.
    const body = encodeCbor(new Map<string, unknown>([['v', 1], ['device', 'T3F'], ['__proto__', new Map([['polluted', true]])]]));
    const decoded = decodeSyncMessage(helloRequestSchema, body, 'hello');
    expect(decoded.ok === false && decoded.reason).toMatch(/__proto__/);
    const plain = plainFromCbor(decodeCanonicalCbor(body));
    expect(Object.getPrototypeOf(plain)).toBeNull();
    expect(Object.keys(plain as object)).toContain('__proto__');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('what the client does after an error', () => {
  it('says hello again after an expired nonce, backs off on 5xx and network-like statuses, and stops on the rest', () => {
    expect(retryAfterError(401, 'sync.nonce-expired')).toBe('hello');
    expect(retryAfterError(401, 'sync.unauthenticated')).toBe('never');
    expect(retryAfterError(503, 'sync.unavailable')).toBe('backoff');
    expect(retryAfterError(502, 'bad_gateway')).toBe('backoff');
    expect(retryAfterError(429, 'rate_limited')).toBe('backoff');
    expect(retryAfterError(404, 'not_found')).toBe('never');
  });
});
