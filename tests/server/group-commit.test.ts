import { describe, expect, it } from 'vitest';
import { createGroupQueue, storeInGroup } from '../../src/server/sync/group-commit.ts';

/** A store whose calls are recorded and finish only when the test releases them. */
function heldStore(decide: (items: readonly string[]) => readonly string[] = (items) => items.map((item) => `stored ${item}`)) {
  const calls: string[][] = [];
  const releases: (() => void)[] = [];
  const store = (items: readonly string[]) => new Promise<readonly string[]>((resolve, reject) => {
    calls.push([...items]);
    releases.push(() => {
      try {
        resolve(decide(items));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
  /** Releases the oldest call not yet released, then lets the queue go on. */
  const releaseNext = async () => {
    releases.shift()?.();
    await new Promise<void>((resolve) => setImmediate(resolve));
  };
  return { store, calls, releaseNext };
}

describe('group commit', () => {
  it('stores a lone item at once, and the items that arrive meanwhile together next, each with its own result', async () => {
    const held = heldStore();
    const queue = createGroupQueue(held.store, 10);
    const first = storeInGroup(queue, 'a');
    const later = ['b', 'c', 'd'].map((item) => storeInGroup(queue, item));
    expect(held.calls).toEqual([['a']]);
    await held.releaseNext();
    expect(await first).toBe('stored a');
    expect(held.calls).toEqual([['a'], ['b', 'c', 'd']]);
    await held.releaseNext();
    expect(await Promise.all(later)).toEqual(['stored b', 'stored c', 'stored d']);
    expect(queue.storing).toBe(false);
  });

  it('puts at most maxItems in one group, in arrival order', async () => {
    const held = heldStore();
    const queue = createGroupQueue(held.store, 2);
    const results = ['a', 'b', 'c', 'd', 'e'].map((item) => storeInGroup(queue, item));
    for (let i = 0; i < 4; i++) await held.releaseNext();
    expect(held.calls).toEqual([['a'], ['b', 'c'], ['d', 'e']]);
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd', 'e'].map((item) => `stored ${item}`));
  });

  it('stores a failed group again one by one, so only the item that fails alone is refused', async () => {
    const held = heldStore((items) => {
      if (items.includes('bad')) throw new Error(`cannot store ${items.join(', ')}`);
      return items.map((item) => `stored ${item}`);
    });
    const queue = createGroupQueue(held.store, 10);
    const first = storeInGroup(queue, 'a');
    const good = storeInGroup(queue, 'b');
    // Awaited after the releases; the handler is attached now, before the refusal happens.
    const badRefused = expect(storeInGroup(queue, 'bad')).rejects.toThrow('cannot store bad');
    const alsoGood = storeInGroup(queue, 'c');
    for (let i = 0; i < 5; i++) await held.releaseNext();
    expect(held.calls).toEqual([['a'], ['b', 'bad', 'c'], ['b'], ['bad'], ['c']]);
    expect(await first).toBe('stored a');
    expect(await good).toBe('stored b');
    await badRefused;
    expect(await alsoGood).toBe('stored c');
  });

  it('treats a group answered with the wrong number of results as failed, and stores its items one by one', async () => {
    const held = heldStore((items) => (items.length > 1 ? ['only one'] : items.map((item) => `stored ${item}`)));
    const queue = createGroupQueue(held.store, 10);
    const first = storeInGroup(queue, 'a');
    const pair = ['b', 'c'].map((item) => storeInGroup(queue, item));
    for (let i = 0; i < 4; i++) await held.releaseNext();
    expect(await first).toBe('stored a');
    expect(await Promise.all(pair)).toEqual(['stored b', 'stored c']);
    expect(held.calls).toEqual([['a'], ['b', 'c'], ['b'], ['c']]);
  });
});
