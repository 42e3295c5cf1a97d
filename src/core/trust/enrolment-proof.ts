// Device enrolment proof of possession: the tablet signs, with the new device key, a message that binds the
// purpose, the authority, the signed-in user, the key itself and a single-use nonce HQ handed out. A proof is
// therefore worthless for any other purpose, Party, user, key or enrolment. Both sides build the bytes here.
import { encodeDocumentPayload } from './cose-document.ts';

export const ENROLMENT_PROOF_PURPOSE = 'hornbill-device-enrolment-v1';
export const ENROLMENT_NONCE_LENGTH = 32;

export interface EnrolmentProofInput {
  readonly party: string;
  /** The user's id at HQ. */
  readonly user: string;
  readonly publicKey: Uint8Array;
  readonly nonce: Uint8Array;
}

/** The deterministic CBOR of `{purpose, party, user, publicKey, nonce}`: the exact bytes the device signs. */
export function enrolmentProofMessage(input: EnrolmentProofInput): Uint8Array {
  return encodeDocumentPayload({
    purpose: ENROLMENT_PROOF_PURPOSE,
    party: input.party,
    user: input.user,
    publicKey: input.publicKey,
    nonce: input.nonce,
  });
}
