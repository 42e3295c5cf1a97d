import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toBase64 } from '../../../src/core/crypto/base64.ts';
import { fromHex } from '../../../src/core/crypto/bytes.ts';
import { ed25519PublicKey } from '../../../src/core/crypto/ed25519.ts';
import { formatCheckpoint, openSignedCheckpoint, parseCheckpoint, signCheckpoint } from '../../../src/core/log/checkpoint.ts';
import type { Checkpoint } from '../../../src/core/log/checkpoint.ts';
import { leafHash } from '../../../src/core/log/merkle-hash.ts';
import { appendLeafHash, createMerkleTree, merkleRoot } from '../../../src/core/log/merkle-tree.ts';
import { formatVerifierKey, parseVerifierKey } from '../../../src/core/log/note-verifier-key.ts';
import type { NoteVerifierKey } from '../../../src/core/log/note-verifier-key.ts';
import { formatSignedNote, parseSignedNote, signNote } from '../../../src/core/log/signed-note.ts';
import { signedNoteCase, signedNoteVectors } from './signed-note-vectors.ts';

function reasonOf(result: { ok: true } | { ok: false; reason: string }): string {
  return result.ok ? 'accepted' : result.reason;
}

const rootOf32 = new Uint8Array(32).fill(0x42);

describe('checkpoint body vectors (transparency-dev/formats, golang.org/x/mod)', () => {
  // Where the strict c2sp.org/tlog-checkpoint rules differ from the permissive Go parsers the vectors follow.
  const strictRefusals: Record<string, RegExp> = {
    'valid one': /root hash is 7 bytes, expected 32/,
    'valid with different origin': /root hash is 37 bytes, expected 32/,
    'valid with trailing data': /root hash is 37 bytes/,
    'valid with multiple trailing data lines': /root hash is 37 bytes/,
    'valid with trailing newlines': /root hash is 37 bytes/,
    "extension lines (TestExtendCheckpoint 'Moon Log')": /root hash is 16 bytes, expected 32/,
  };
  // golang.org/x/mod insists on its own origin; a generic checkpoint parser cannot.
  const acceptedDespiteVector = new Set(['go.sum tree: wrong first line']);
  const invalidReasons: Record<string, RegExp> = {
    'invalid - insufficient lines': /checkpoint has 2 line\(s\)/,
    'invalid - empty header': /origin line is empty/,
    'invalid - missing newline on roothash': /does not end with a newline/,
    'invalid size - not a number': /tree size "bananas" is not a decimal number/,
    'invalid size - negative': /tree size "-34"/,
    'invalid size - too large': /above 2\^53 - 1/,
    "invalid roothash - not base64": /not standard padded base64/,
    'go.sum tree: size written in hex': /tree size "0xabcdef"/,
    'go.sum tree: corrupted hash': /not standard padded base64/,
  };

  it.each(signedNoteVectors.checkpoint_bodies.map((body) => [body.desc, body] as const))('%s', (desc, body) => {
    const parsed = parseCheckpoint(body.body);
    if (body.valid && strictRefusals[desc] === undefined) {
      if (!parsed.ok) throw new Error(parsed.reason);
      expect(parsed.value.origin).toBe(body.origin);
      expect(parsed.value.size).toBe(body.size);
      expect(toBase64(parsed.value.rootHash)).toBe(body.root_hash_b64);
    } else if (acceptedDespiteVector.has(desc)) {
      expect(parsed.ok && parsed.value.origin).toBe('not-go.sum database tree');
    } else {
      expect(reasonOf(parsed)).toMatch(strictRefusals[desc] ?? invalidReasons[desc] ?? /^$/);
    }
  });

  it('reads the vectors\' "valid" bodies to their origin, size and extension lines once given a 32-byte root', () => {
    for (const body of signedNoteVectors.checkpoint_bodies.filter((b) => b.valid && b.root_hash_b64 !== undefined)) {
      const withFullRoot = body.body.replace(`\n${body.root_hash_b64}\n`, `\n${toBase64(rootOf32)}\n`);
      const parsed = parseCheckpoint(withFullRoot);
      if (body.rest?.startsWith('\n')) {
        // "valid with trailing newlines": tlog-checkpoint requires extension lines to be non-empty.
        expect(reasonOf(parsed)).toMatch(/extension line 1 is empty/);
        continue;
      }
      if (!parsed.ok) throw new Error(`${body.desc}: ${parsed.reason}`);
      expect([parsed.value.origin, parsed.value.size]).toEqual([body.origin, body.size]);
      expect(parsed.value.extensions.map((line) => `${line}\n`).join('')).toBe(body.rest ?? '');
    }
  });

  it('parses the checkpoint text of the spec examples and the ECDSA-signed logs', () => {
    const sofa = parseSignedNote(signedNoteCase('c2sp-tlog-cosignature-example').note ?? '');
    if (!sofa.ok) throw new Error(sofa.reason);
    expect(sofa.value.signatures).toHaveLength(2);
    const checkpoint = parseCheckpoint(sofa.value.text);
    expect(checkpoint.ok && [checkpoint.value.origin, checkpoint.value.size, toBase64(checkpoint.value.rootHash)]).toEqual([
      'example.com/behind-the-sofa',
      20852163,
      'CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=',
    ]);
    for (const [name, size] of [['formats-ecdsa-rekor-checkpoint', 798034], ['formats-ecdsa-pixel6-checkpoint', 10]] as const) {
      const parsed = parseCheckpoint(signedNoteCase(name).text ?? '');
      expect(parsed.ok && parsed.value.size).toBe(size);
    }
  });
});

describe('checkpoint format', () => {
  const checkpoint: Checkpoint = { origin: 'hq.example.org/hornbill', size: 0, rootHash: rootOf32, extensions: [] };

  it('writes origin, decimal size, base64 root and extension lines, each ending in a newline', () => {
    expect(formatCheckpoint({ ...checkpoint, size: 1234, extensions: ['x y', 'z'] })).toBe(
      `hq.example.org/hornbill\n1234\n${toBase64(rootOf32)}\nx y\nz\n`,
    );
  });

  it('round-trips any checkpoint', () => {
    const line = fc.string({ minLength: 1, unit: 'grapheme-ascii' });
    fc.assert(
      fc.property(line, fc.nat({ max: Number.MAX_SAFE_INTEGER }), fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.array(line, { maxLength: 3 }), (origin, size, rootHash, extensions) => {
        const parsed = parseCheckpoint(formatCheckpoint({ origin, size, rootHash, extensions }));
        expect(parsed).toEqual({ ok: true, value: { origin, size, rootHash, extensions } });
      }),
    );
  });

  it('refuses a size with leading zeros and refuses to write what it could not read', () => {
    expect(reasonOf(parseCheckpoint(`o\n012\n${toBase64(rootOf32)}\n`))).toMatch(/without leading zeros/);
    expect(parseCheckpoint(`o\n0\n${toBase64(rootOf32)}\n`).ok).toBe(true);
    expect(() => formatCheckpoint({ ...checkpoint, origin: '' })).toThrow(/origin/);
    expect(() => formatCheckpoint({ ...checkpoint, origin: 'a\nb' })).toThrow(/origin/);
    expect(() => formatCheckpoint({ ...checkpoint, size: -1 })).toThrow(/tree size/);
    expect(() => formatCheckpoint({ ...checkpoint, size: 1.5 })).toThrow(/tree size/);
    expect(() => formatCheckpoint({ ...checkpoint, rootHash: new Uint8Array(31) })).toThrow(/32 bytes/);
    expect(() => formatCheckpoint({ ...checkpoint, extensions: [''] })).toThrow(/extension/);
  });
});

describe('signed checkpoints', () => {
  const seed = fromHex('727414a58e70ed9c87a582f243fbd3911ddc6c6eee956d64b85f1c0430a7e144');
  const otherSeed = fromHex('810a1402d5146c8d84f2443330f54080ebf98ee17d9c74f6252fc5d5c7283173');
  const origin = 'hq.example.org/hornbill-log';
  const tree = createMerkleTree();
  for (let i = 0; i < 5; i++) appendLeafHash(tree, leafHash(new Uint8Array([i])));
  const checkpoint: Checkpoint = { origin, size: 5, rootHash: merkleRoot(tree), extensions: [] };

  async function keyOf(name: string, keySeed: Uint8Array): Promise<NoteVerifierKey> {
    const parsed = parseVerifierKey(formatVerifierKey(name, await ed25519PublicKey(keySeed)));
    if (!parsed.ok) throw new Error(parsed.reason);
    return parsed.value;
  }

  it('signs a checkpoint that opens to the same checkpoint with the log key', async () => {
    const note = await signCheckpoint(checkpoint, { name: origin, seed });
    expect(note.startsWith(`${origin}\n5\n${toBase64(checkpoint.rootHash)}\n\n— ${origin} `)).toBe(true);
    expect(await openSignedCheckpoint(note, [await keyOf(origin, seed)])).toEqual({ ok: true, value: checkpoint });
  });

  it('refuses a checkpoint signed by another key, altered after signing, or not a checkpoint at all', async () => {
    const logKey = await keyOf(origin, seed);
    const note = await signCheckpoint(checkpoint, { name: origin, seed });
    expect(reasonOf(await openSignedCheckpoint(note, [await keyOf(origin, otherSeed)]))).toMatch(/no verifiable signature/);
    expect(reasonOf(await openSignedCheckpoint(note.replace(`${origin}\n5\n`, `${origin}\n6\n`), [logKey]))).toMatch(
      /^invalid signature for key hq\.example\.org\/hornbill-log\+/,
    );
    const notCheckpoint = 'just some text\n';
    const signedText = formatSignedNote({ text: notCheckpoint, signatures: [await signNote(notCheckpoint, { name: origin, seed })] });
    expect(reasonOf(await openSignedCheckpoint(signedText, [logKey]))).toMatch(/checkpoint has 1 line/);
  });

  it('requires a verified signature from a key named after the origin', async () => {
    const text = formatCheckpoint(checkpoint);
    const byWitness = formatSignedNote({ text, signatures: [await signNote(text, { name: 'witness.example.org', seed: otherSeed })] });
    expect(reasonOf(await openSignedCheckpoint(byWitness, [await keyOf('witness.example.org', otherSeed)]))).toMatch(
      /no verified signature from a key of that name/,
    );
    await expect(signCheckpoint(checkpoint, { name: 'witness.example.org', seed })).rejects.toThrow(/not after the origin/);
  });
});
