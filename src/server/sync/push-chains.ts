// A push may carry the chains of several devices. A tablet shared by several users holds each user's chain
// (each user enrols their own device key), and it sends them all with whoever is signed in, so that a
// user's records reach HQ without that user signing in again. Entries are self-authenticating, so HQ checks
// each chain as its own device's, whichever enrolled device relayed it; the answer speaks of the whole batch.
import type { CheckedBatch, RejectedEntry } from './ingest-check.ts';
import type { PreparedEntry } from './ingest-prepare.ts';

/** The entries of one device's chain within a push, in batch order, with their positions in the batch. */
export interface PushedChain {
  readonly device: string;
  readonly entries: readonly PreparedEntry[];
  readonly indexes: readonly number[];
}

/** The batch split by the device each entry names; an entry that does not decode stays with the sender's chain. */
export function pushedChains(sender: string, prepared: readonly PreparedEntry[]): PushedChain[] {
  const chains = new Map<string, { entries: PreparedEntry[]; indexes: number[] }>();
  for (const [index, entry] of prepared.entries()) {
    const device = entry.decoded.ok ? entry.decoded.value.entry.device : sender;
    let chain = chains.get(device);
    if (chain === undefined) {
      chain = { entries: [], indexes: [] };
      chains.set(device, chain);
    }
    chain.entries.push(entry);
    chain.indexes.push(index);
  }
  return [...chains].map(([device, chain]) => ({ device, ...chain }));
}

export interface ChainCheck {
  readonly chain: PushedChain;
  readonly checked: Pick<CheckedBatch, 'receipted' | 'rejected'>;
}

/** The chains' answers as one batch's: receipted ids and rejections in batch order, indexes into the whole batch. */
export function batchAnswer(checks: readonly ChainCheck[]): { readonly receipted: string[]; readonly rejected: RejectedEntry[] } {
  const receipted: [number, string][] = [];
  const rejected: RejectedEntry[] = [];
  for (const { chain, checked } of checks) {
    const firstIndexOf = new Map<string, number>();
    chain.entries.forEach((entry, position) => {
      if (!firstIndexOf.has(entry.hex)) firstIndexOf.set(entry.hex, chain.indexes[position] ?? position);
    });
    for (const hex of checked.receipted) receipted.push([firstIndexOf.get(hex) ?? 0, hex]);
    for (const rejection of checked.rejected) rejected.push({ ...rejection, index: chain.indexes[rejection.index] ?? rejection.index });
  }
  return {
    receipted: receipted.sort(([a], [b]) => a - b).map(([, hex]) => hex),
    rejected: rejected.sort((a, b) => a.index - b.index),
  };
}
