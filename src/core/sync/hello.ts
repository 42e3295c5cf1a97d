// Step 1 of every sync session (docs/sync-protocol.md §Hello): the device names itself; HQ answers with a
// nonce that authenticates the session's signed requests, its clock (for the skew check) and its log key.
import { z } from 'zod';
import { bytesSchema, deviceCodeSchema, millisSchema, nonceSchema, PROTOCOL_VERSION } from './wire-types.ts';

export const helloRequestSchema = z.strictObject({
  v: z.literal(PROTOCOL_VERSION),
  device: deviceCodeSchema,
});
export type HelloRequest = z.infer<typeof helloRequestSchema>;

export const helloResponseSchema = z.strictObject({
  v: z.literal(PROTOCOL_VERSION),
  nonce: nonceSchema,
  /** HQ's clock when it answered (ms). */
  hqTime: millisSchema,
  nonceExpiresAt: millisSchema,
  /** The log key statement (log-key-statement.ts): HQ's checkpoint key, signed by the root key. */
  logKey: bytesSchema,
});
export type HelloResponse = z.infer<typeof helloResponseSchema>;
