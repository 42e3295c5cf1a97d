// Sync runs of this page go one after another, whichever scheduler started them: signing out and in again
// quickly makes a new scheduler while the old one's run may still be finishing, and two runs on one
// database would only repeat each other's requests.

export type RunQueue = <T>(run: () => Promise<T>) => Promise<T>;

export function createRunQueue(): RunQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return (run) => {
    const next = tail.then(run);
    tail = next.catch(() => undefined);
    return next;
  };
}

/** The page's one queue of sync runs. */
export const runAfterOtherSyncs = createRunQueue();
