// How a device learns which key signs HQ's checkpoints: a COSE_Sign1 document signed by the authority's root
// key (which the device already trusts from enrolment) naming the log's origin and its Ed25519 key. The
// checkpoint's note verifier key is derived from these two (c2sp.org/signed-note).
import { z } from 'zod';
import { encodeDocumentPayload, openCoseDocument, signCoseDocument } from '../trust/cose-document.ts';
import { partySchema, publicKeySchema } from '../trust/schemas.ts';
import { isValidKeyName, noteKeyId, type NoteVerifierKey } from '../log/note-verifier-key.ts';
import { accept, refuse, type Checked } from '../log/verdict.ts';
import { millisSchema } from './wire-types.ts';

export const LOG_KEY_STATEMENT_FORMAT = 1;

export const logKeyStatementSchema = z.strictObject({
  format: z.literal(LOG_KEY_STATEMENT_FORMAT),
  party: partySchema,
  /** The checkpoint origin, also the note key's name. */
  origin: z.string().refine(isValidKeyName, 'the origin must be a valid signed-note key name'),
  publicKey: publicKeySchema,
  issuedAt: millisSchema,
});
export type LogKeyStatement = z.infer<typeof logKeyStatementSchema>;

export async function signLogKeyStatement(rootSeed: Uint8Array, statement: LogKeyStatement): Promise<Uint8Array> {
  return signCoseDocument(rootSeed, encodeDocumentPayload(logKeyStatementSchema.parse(statement)));
}

/** Opens a statement and checks it is signed by `rootPublicKey`; the verifier key for the log's checkpoints. */
export async function verifyLogKeyStatement(bytes: Uint8Array, rootPublicKey: Uint8Array): Promise<Checked<LogKeyStatement & { verifierKey: NoteVerifierKey }>> {
  const opened = openCoseDocument(bytes, 'log key statement');
  if (!opened.ok) return opened;
  const parsed = logKeyStatementSchema.safeParse(opened.value.payload);
  if (!parsed.success) return refuse(`log key statement: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  if (!(await opened.value.verify(rootPublicKey))) return refuse('log key statement: not signed by the authority root key');
  const { origin, publicKey } = parsed.data;
  return accept({ ...parsed.data, verifierKey: { name: origin, keyId: noteKeyId(origin, publicKey), publicKey } });
}
