// Loads the signed-note and checkpoint cases copied into tests/vectors/signed_note (see SOURCE.txt there).
import { readFileSync } from 'node:fs';

export interface VerifierKeyCase {
  vkey: string;
  key_name?: string;
  key_id?: string;
  signature_type?: number;
  public_key_b64?: string;
  reason?: string;
}

export interface SignerKeyCase {
  key_name: string;
  seed_hex: string;
  derived_vkey: string;
}

export interface NoteSignatureCase {
  key_name: string;
  key_id: string;
  signature_b64: string;
  decoded_length?: number;
}

export interface SignedNoteCase {
  name: string;
  note: string | null;
  note_b64?: string;
  verifier_keys?: string[];
  expected?: 'valid' | 'invalid';
  text?: string;
  signatures?: NoteSignatureCase[];
  signed_with_skey?: string;
}

export interface CheckpointBodyCase {
  desc: string;
  body: string;
  valid: boolean;
  origin?: string;
  size?: number;
  root_hash_b64?: string;
  rest?: string;
}

export interface SignedNoteVectors {
  verifier_keys_valid: VerifierKeyCase[];
  verifier_keys_invalid: VerifierKeyCase[];
  signer_keys: SignerKeyCase[];
  signed_notes: SignedNoteCase[];
  format_only_examples: SignedNoteCase[];
  checkpoint_bodies: CheckpointBodyCase[];
}

export const signedNoteVectors = JSON.parse(
  readFileSync(new URL('../../vectors/signed_note/signed_note_vectors.json', import.meta.url), 'utf8'),
) as SignedNoteVectors;

export function noteBytes(note: SignedNoteCase): Uint8Array {
  return new Uint8Array(note.note_b64 === undefined ? Buffer.from(note.note ?? '', 'utf8') : Buffer.from(note.note_b64, 'base64'));
}

export function signedNoteCase(name: string): SignedNoteCase {
  const found = [...signedNoteVectors.signed_notes, ...signedNoteVectors.format_only_examples].find((note) => note.name === name);
  if (found === undefined) throw new Error(`no signed-note vector ${name}`);
  return found;
}
