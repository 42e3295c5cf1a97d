// Zod schemas for everything core/trust decodes from untrusted bytes. Times are integer milliseconds since
// the Unix epoch (UTC); keys and kids are byte strings.
import { z } from 'zod';
import { ED25519_PUBLIC_KEY_LENGTH } from '../crypto/ed25519.ts';
import { ROLES } from '../permit/transition-roles.ts';

export const KID_LENGTH = 8;

const bytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected a byte string');
const bytesOfLength = (length: number, what: string) =>
  bytesSchema.refine((bytes) => bytes.length === length, `${what} must be ${length} bytes`);

export const epochMillisSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
export const partySchema = z.string().regex(/^[A-Z]{2}$/, 'party must be an ISO 3166-1 alpha-2 code');
export const kidSchema = bytesOfLength(KID_LENGTH, 'kid');
export const publicKeySchema = bytesOfLength(ED25519_PUBLIC_KEY_LENGTH, 'public key');
export const roleSchema = z.enum(ROLES);

/** What a key certificate says, without its kid (the kid is derived from these bytes: see key-certificate.ts). */
export const certificateBodySchema = z.strictObject({
  party: partySchema,
  role: roleSchema,
  user: z.string().min(1).max(200),
  device: z.string().min(1).max(200),
  publicKey: publicKeySchema,
  notBefore: epochMillisSchema,
  notAfter: epochMillisSchema,
}).refine((body) => body.notBefore < body.notAfter, 'notBefore must be earlier than notAfter');
export type CertificateBody = z.infer<typeof certificateBodySchema>;

export const revocationSchema = z.strictObject({
  kid: kidSchema,
  revokedAt: epochMillisSchema,
  reason: z.string().max(500),
});
export type Revocation = z.infer<typeof revocationSchema>;

export const TRUST_LIST_FORMAT = 1;

/** The signed payload of a trust list; `certificates` holds each certificate's COSE_Sign1 bytes. */
export const trustListBodySchema = z.strictObject({
  format: z.literal(TRUST_LIST_FORMAT),
  party: partySchema,
  version: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  issuedAt: epochMillisSchema,
  rootPublicKey: publicKeySchema,
  certificates: z.array(bytesSchema),
  revocations: z.array(revocationSchema),
});
export type TrustListBody = z.infer<typeof trustListBodySchema>;
