// What "converged" means after a fault run (issue #7 point 7), checked from the outside: HQ's log has leaves
// 0..n-1 with no entry twice (by id, by device and seq), every leaf hash is SHA-256(0x00 ‖ id); HQ holds
// exactly the union of the devices' own entries; every device holds every permit entry HQ holds; every
// receipt's inclusion proof verifies against the device's checkpoint of its tree size; every checkpoint,
// HQ's and the devices', is signed by HQ's log key and consistent with HQ's newest, which covers the whole
// log; nothing is quarantined; every pull cursor is at the tree size. Returns the problems found, in words.
import { parseBase64, toBase64 } from '../../src/core/crypto/base64.ts';
import { bytesEqual, fromHex, toHex } from '../../src/core/crypto/bytes.ts';
import { openSignedCheckpoint } from '../../src/core/log/checkpoint.ts';
import { leafHash } from '../../src/core/log/merkle-hash.ts';
import { verifyConsistency, verifyInclusion } from '../../src/core/log/merkle-proof.ts';
import { appendLeafHash, consistencyProof, createMerkleTree, merkleRoot, type MerkleTree } from '../../src/core/log/merkle-tree.ts';
import { formatVerifierKey, parseVerifierKey, type NoteVerifierKey } from '../../src/core/log/note-verifier-key.ts';
import { readSyncState } from '../../src/app/sync/sync-state.ts';
import type { RootSigner } from '../../src/server/identity/root-signer.ts';
import { deriveLogKey } from '../../src/server/sync/log-key.ts';
import type { Store } from '../../src/server/store/store.ts';
import type { SimulatedDevice } from './sync-device.ts';

export interface Convergence {
  /** HQ's tree size. */
  readonly entries: number;
  readonly problems: readonly string[];
}

interface HqLeaf {
  readonly leafIndex: number;
  readonly id: string;
  readonly device: string;
  readonly seq: number;
  readonly permit: string | null;
}

async function logVerifier(signer: RootSigner): Promise<NoteVerifierKey> {
  const logKey = await deriveLogKey(signer, 0);
  const parsed = parseVerifierKey(formatVerifierKey(logKey.origin, logKey.publicKey));
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
}

/** Checks one signed checkpoint note: signature, and that its tree is a prefix of HQ's whole log. */
async function checkpointProblems(note: string, where: string, verifier: NoteVerifierKey, tree: MerkleTree, size: number): Promise<string[]> {
  const opened = await openSignedCheckpoint(note, [verifier]);
  if (!opened.ok) return [`${where}: not signed by HQ's log key: ${opened.reason}`];
  const { size: from, rootHash } = opened.value;
  if (from > size) return [`${where}: tree size ${from} is beyond HQ's ${size}`];
  if (!bytesEqual(rootHash, merkleRoot(tree, from))) return [`${where}: its root is not the root of HQ's first ${from} leaves`];
  if (from === 0 || from === size) return [];
  const consistent = verifyConsistency(from, size, consistencyProof(tree, from, size), rootHash, merkleRoot(tree, size));
  return consistent.ok ? [] : [`${where}: not consistent with HQ's newest: ${consistent.reason}`];
}

async function hqProblems(store: Store, leaves: readonly HqLeaf[], hashes: readonly string[], verifier: NoteVerifierKey, tree: MerkleTree): Promise<string[]> {
  const problems: string[] = [];
  const size = leaves.length;
  leaves.forEach((leaf, index) => {
    if (leaf.leafIndex !== index) problems.push(`HQ: leaf ${index} holds leaf_index ${leaf.leafIndex} (a gap or a duplicate)`);
    if (hashes[index] !== toBase64(leafHash(fromHex(leaf.id)))) problems.push(`HQ: leaf ${index}'s leaf hash is not SHA-256(0x00 ‖ id)`);
  });
  const twice = (keys: readonly string[]) => keys.filter((key, index) => keys.indexOf(key) !== index);
  for (const id of twice(leaves.map((leaf) => leaf.id))) problems.push(`HQ: entry ${id} is in the log twice`);
  for (const key of twice(leaves.map((leaf) => `${leaf.device}#${leaf.seq}`))) problems.push(`HQ: ${key} is in the log twice`);
  const checkpoints = await store.db.selectFrom('checkpoints').select(['tree_size', 'note']).orderBy('tree_size').execute();
  const newest = checkpoints.at(-1);
  if (newest?.tree_size !== size) problems.push(`HQ: the newest checkpoint covers ${newest?.tree_size ?? 'nothing'}, the log holds ${size}`);
  for (const row of checkpoints) problems.push(...await checkpointProblems(row.note, `HQ checkpoint ${row.tree_size}`, verifier, tree, size));
  const quarantined = await store.db.selectFrom('quarantine').select(['entry_id', 'code', 'reason']).execute();
  for (const row of quarantined) problems.push(`HQ: entry ${row.entry_id} quarantined: ${row.code} ${row.reason}`);
  return problems;
}

async function deviceProblems(device: SimulatedDevice, leafOf: ReadonlyMap<string, HqLeaf>, permitEntries: ReadonlySet<string>, verifier: NoteVerifierKey, tree: MerkleTree, size: number): Promise<string[]> {
  const problems: string[] = [];
  const name = `device ${device.code}`;
  const entries = await device.db.entries.toArray();
  const held = new Set(entries.map((entry) => entry.id));
  for (const entry of entries) if (!leafOf.has(entry.id)) problems.push(`${name}: entry ${entry.id} (${entry.device} #${entry.seq}) is not at HQ`);
  for (const id of permitEntries) if (!held.has(id)) problems.push(`${name}: lacks HQ's permit entry ${id}`);
  const checkpoints = new Map((await device.db.checkpoints.toArray()).map((checkpoint) => [checkpoint.treeSize, checkpoint]));
  for (const checkpoint of checkpoints.values()) {
    const where = `${name} checkpoint ${checkpoint.treeSize}`;
    problems.push(...await checkpointProblems(checkpoint.note, where, verifier, tree, size));
    // The root receipts are checked against is the stored field, not the note: it must be the same root.
    if (checkpoint.treeSize <= size && checkpoint.rootHash !== toHex(merkleRoot(tree, checkpoint.treeSize))) problems.push(`${where}: the stored root is not HQ's`);
  }
  const receipts = new Map((await device.db.receipts.toArray()).map((receipt) => [receipt.entryId, receipt]));
  for (const entry of entries.filter((candidate) => candidate.device === device.code)) {
    const receipt = receipts.get(entry.id);
    if (receipt === undefined) {
      problems.push(`${name}: own entry #${entry.seq} has no receipt`);
      continue;
    }
    if (receipt.leafIndex !== leafOf.get(entry.id)?.leafIndex) problems.push(`${name}: the receipt of #${entry.seq} names leaf ${receipt.leafIndex}, HQ holds it elsewhere`);
    const checkpoint = checkpoints.get(receipt.treeSize);
    if (checkpoint === undefined) {
      problems.push(`${name}: the receipt of #${entry.seq} leads to tree size ${receipt.treeSize}, whose checkpoint the device does not hold`);
      continue;
    }
    const proof = receipt.proof.map((hash) => Uint8Array.from(hash));
    const included = verifyInclusion(receipt.leafIndex, receipt.treeSize, leafHash(fromHex(entry.id)), proof, fromHex(checkpoint.rootHash));
    if (!included.ok) problems.push(`${name}: the receipt of #${entry.seq} does not verify: ${included.reason}`);
  }
  const state = await readSyncState(device.db);
  if (state.pullCursor !== size) problems.push(`${name}: pull cursor ${state.pullCursor}, HQ's tree size ${size}`);
  if (state.alarm !== null) problems.push(`${name}: alarm ${state.alarm.code}: ${state.alarm.detail}`);
  for (const rejection of state.rejected) problems.push(`${name}: HQ refused #${rejection.seq}: ${rejection.code} ${rejection.reason}`);
  return problems;
}

export async function checkConvergence(store: Store, signer: RootSigner, devices: readonly SimulatedDevice[]): Promise<Convergence> {
  const rows = await store.db.selectFrom('log_entries').select(['leaf_index', 'id', 'device', 'seq', 'permit', 'leaf_hash']).orderBy('leaf_index').execute();
  const leaves: HqLeaf[] = rows.map((row) => ({ leafIndex: row.leaf_index, id: row.id, device: row.device, seq: row.seq, permit: row.permit }));
  const tree = createMerkleTree();
  for (const row of rows) appendLeafHash(tree, parseBase64(row.leaf_hash) ?? new Uint8Array(32));
  const verifier = await logVerifier(signer);
  const problems = await hqProblems(store, leaves, rows.map((row) => row.leaf_hash), verifier, tree);
  const leafOf = new Map(leaves.map((leaf) => [leaf.id, leaf]));
  const permitEntries = new Set(leaves.filter((leaf) => leaf.permit !== null).map((leaf) => leaf.id));
  const own = new Set<string>();
  for (const device of devices) {
    problems.push(...await deviceProblems(device, leafOf, permitEntries, verifier, tree, leaves.length));
    for (const entry of await device.db.entries.toArray()) if (entry.device === device.code) own.add(entry.id);
  }
  for (const leaf of leaves) if (!own.has(leaf.id)) problems.push(`HQ: entry ${leaf.id} (${leaf.device} #${leaf.seq}) is no device's own entry`);
  return { entries: leaves.length, problems };
}
