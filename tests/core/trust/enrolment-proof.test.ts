import { describe, expect, it } from 'vitest';
import { decodeCanonicalCbor } from '../../../src/core/crypto/cbor.ts';
import { plainFromCbor } from '../../../src/core/trust/cbor-record.ts';
import { ENROLMENT_PROOF_PURPOSE, enrolmentProofMessage } from '../../../src/core/trust/enrolment-proof.ts';

const input = { party: 'KE', user: '7d1f0c2e-0000-4000-8000-000000000001', publicKey: new Uint8Array(32).fill(1), nonce: new Uint8Array(32).fill(2) };

describe('enrolmentProofMessage', () => {
  it('is the canonical CBOR of the purpose, Party, user, key and nonce', () => {
    const message = enrolmentProofMessage(input);
    expect(plainFromCbor(decodeCanonicalCbor(message))).toEqual({ purpose: ENROLMENT_PROOF_PURPOSE, ...input });
    expect(enrolmentProofMessage({ ...input })).toEqual(message);
  });

  it('differs when any bound field differs', () => {
    const message = enrolmentProofMessage(input);
    for (const changed of [
      { ...input, party: 'UG' },
      { ...input, user: 'someone-else' },
      { ...input, publicKey: new Uint8Array(32).fill(3) },
      { ...input, nonce: new Uint8Array(32).fill(4) },
    ]) {
      expect(enrolmentProofMessage(changed)).not.toEqual(message);
    }
  });
});
