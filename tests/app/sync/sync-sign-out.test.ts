// @vitest-environment node
// Node, not jsdom: under jsdom, typed arrays made by Node APIs fail `instanceof Uint8Array` (see record-permit-act.test.ts).
import { describe, expect, it } from 'vitest';
import { createRunQueue } from '../../../src/app/sync/one-run-at-a-time.ts';
import { pendingEntries } from '../../../src/app/sync/own-entries.ts';
import { runSync } from '../../../src/app/sync/run-sync.ts';
import { readSyncState } from '../../../src/app/sync/sync-state.ts';
import { OWN, syncWorld } from './sync-fixture.ts';

describe('signing out during a sync', () => {
  it('stops the run at its next request, records no error, and leaves the records for the next run', async () => {
    const world = await syncWorld();
    await world.submitOwn(2);
    const signOut = new AbortController();
    const paths: string[] = [];
    // The user signs out as the push is about to go: the request is aborted, as fetch does with the signal.
    const fetchUntilSignOut: typeof fetch = async (input, init) => {
      const path = new URL(input instanceof Request ? input.url : String(input), 'https://hq.example').pathname;
      paths.push(path);
      if (path.endsWith('/push')) signOut.abort();
      if (signOut.signal.aborted) throw new DOMException('signed out', 'AbortError');
      return world.hq.fetch(input, init);
    };
    const before = await readSyncState(world.db);

    const result = await runSync(world.context({ fetch: fetchUntilSignOut, signal: signOut.signal }));

    expect(result.ok === false && result.problem.code).toBe('stopped');
    expect(paths.map((path) => path.split('/').pop())).toEqual(['hello', 'push']);
    expect((await readSyncState(world.db)).lastError).toEqual(before.lastError);
    expect((await pendingEntries(world.db, OWN)).toPush).toHaveLength(2);
    expect(await runSync(world.context())).toMatchObject({ ok: true, pushed: 2 });
  });

  it('does not start a run at all once the user has signed out', async () => {
    const world = await syncWorld();
    const signOut = new AbortController();
    signOut.abort();
    const before = await readSyncState(world.db);
    const result = await runSync(world.context({ signal: signOut.signal }));
    expect(result.ok === false && result.problem.code).toBe('stopped');
    expect(await readSyncState(world.db)).toEqual(before);
    expect(world.hq.pushes).toEqual([]);
  });
});

describe('one sync run at a time', () => {
  it('starts a run only once the one before it is over, whether that one succeeded or failed', async () => {
    const queue = createRunQueue();
    const events: string[] = [];
    let finishFirst = (): void => {};
    const first = queue(() => new Promise<void>((_resolve, reject) => {
      events.push('first started');
      finishFirst = () => reject(new Error('first failed'));
    }));
    const second = queue(async () => {
      events.push('second started');
      return 'second done';
    });
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(events).toEqual(['first started']);
    finishFirst();
    await expect(first).rejects.toThrow('first failed');
    expect(await second).toBe('second done');
    expect(events).toEqual(['first started', 'second started']);
  });
});
