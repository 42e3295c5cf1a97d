import { describe, expect, it } from 'vitest';
import { ed25519PublicKey } from '../../../src/core/crypto/ed25519.ts';
import { openSignedCheckpoint, signCheckpoint } from '../../../src/core/log/checkpoint.ts';
import { signLogKeyStatement, verifyLogKeyStatement } from '../../../src/core/sync/log-key-statement.ts';

const rootSeed = new Uint8Array(32).fill(3);
const logSeed = new Uint8Array(32).fill(4);
const origin = 'hornbill.ke/log';

describe('the log key statement', () => {
  it('gives the verifier key that opens the log key’s checkpoints, when signed by the root key', async () => {
    const statement = await signLogKeyStatement(rootSeed, { format: 1, party: 'KE', origin, publicKey: await ed25519PublicKey(logSeed), issuedAt: 1 });
    const verified = await verifyLogKeyStatement(statement, await ed25519PublicKey(rootSeed));
    if (!verified.ok) throw new Error(verified.reason);
    const note = await signCheckpoint({ origin, size: 1, rootHash: new Uint8Array(32), extensions: [] }, { name: origin, seed: logSeed });
    const opened = await openSignedCheckpoint(note, [verified.value.verifierKey]);
    expect(opened.ok && opened.value.size).toBe(1);
  });

  it('is refused under another root key', async () => {
    const statement = await signLogKeyStatement(rootSeed, { format: 1, party: 'KE', origin, publicKey: await ed25519PublicKey(logSeed), issuedAt: 1 });
    const verified = await verifyLogKeyStatement(statement, await ed25519PublicKey(logSeed));
    expect(verified).toEqual({ ok: false, reason: 'log key statement: not signed by the authority root key' });
  });

  it('cannot name an origin that is not a valid note key name', async () => {
    await expect(signLogKeyStatement(rootSeed, { format: 1, party: 'KE', origin: 'has space', publicKey: await ed25519PublicKey(logSeed), issuedAt: 1 })).rejects.toThrow();
  });
});
