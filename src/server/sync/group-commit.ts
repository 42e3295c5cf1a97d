// Group commit: pushes that arrive while one is being stored wait and are then stored together, in ONE
// transaction with one checkpoint signature and one fsync, instead of one each. A lone push is stored at
// once (no added wait); under load the groups grow by themselves. When a group fails, its pushes are
// stored one by one, so one push's failure is that push's alone.

export interface GroupQueue<Item, Result> {
  /** Stores a group; returns one result per item, in order. */
  readonly store: (items: readonly Item[]) => Promise<readonly Result[]>;
  /** The most items in one group. */
  readonly maxItems: number;
  readonly waiting: Waiting<Item, Result>[];
  storing: boolean;
}

interface Waiting<Item, Result> {
  readonly item: Item;
  readonly resolve: (result: Result) => void;
  readonly reject: (error: unknown) => void;
}

export function createGroupQueue<Item, Result>(store: GroupQueue<Item, Result>['store'], maxItems: number): GroupQueue<Item, Result> {
  return { store, maxItems, waiting: [], storing: false };
}

/** Queues `item` and resolves with its result once the group holding it is stored. */
export function storeInGroup<Item, Result>(queue: GroupQueue<Item, Result>, item: Item): Promise<Result> {
  const result = new Promise<Result>((resolve, reject) => queue.waiting.push({ item, resolve, reject }));
  if (!queue.storing) void drain(queue);
  return result;
}

async function drain<Item, Result>(queue: GroupQueue<Item, Result>): Promise<void> {
  queue.storing = true;
  try {
    while (queue.waiting.length > 0) {
      const group = queue.waiting.splice(0, queue.maxItems);
      const stored = await settle(queue, group);
      if (stored || group.length === 1) continue;
      for (const one of group) await settle(queue, [one]);
    }
  } finally {
    queue.storing = false;
  }
}

/** Stores the group and settles its items; false when it failed as a group of several (not settled then). */
async function settle<Item, Result>(queue: GroupQueue<Item, Result>, group: readonly Waiting<Item, Result>[]): Promise<boolean> {
  try {
    const results = await queue.store(group.map((waiting) => waiting.item));
    if (results.length !== group.length) throw new Error(`group commit: ${results.length} results for ${group.length} items`);
    results.forEach((result, index) => group[index]?.resolve(result));
    return true;
  } catch (error) {
    if (group.length > 1) return false;
    group[0]?.reject(error);
    return true;
  }
}
