// CBOR bodies of the sync protocol: encode a message, and decode + check one against its schema. Decoding is
// strict (deterministic CBOR only), so a message has one byte spelling.
import type { z } from 'zod';
import { decodeCanonicalCbor, encodeCbor } from '../crypto/cbor.ts';
import { plainFromCbor } from '../trust/cbor-record.ts';
import { accept, refuse, type Checked } from '../log/verdict.ts';

export const SYNC_CONTENT_TYPE = 'application/cbor';

export function encodeSyncMessage<T>(schema: z.ZodType<T>, message: T): Uint8Array {
  return encodeCbor(schema.parse(message));
}

export function decodeSyncMessage<T>(schema: z.ZodType<T>, bytes: Uint8Array, what: string): Checked<T> {
  let plain: unknown;
  try {
    plain = plainFromCbor(decodeCanonicalCbor(bytes));
  } catch (error) {
    return refuse(`${what}: not deterministic CBOR (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = schema.safeParse(plain);
  if (parsed.success) return accept(parsed.data);
  const issue = parsed.error.issues[0];
  return refuse(`${what}: ${issue === undefined ? 'invalid' : `${issue.path.join('.') || 'body'}: ${issue.message}`}`);
}
