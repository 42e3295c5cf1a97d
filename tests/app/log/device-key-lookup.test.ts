// @vitest-environment node
// The keys a tablet checks its log with include the other tablets' (from the trust list it holds): entries
// that arrived by sync show as verified in the audit trail, not only the device's own.
import { describe, expect, it } from 'vitest';
import { deviceKeyLookup } from '../../../src/app/log/device-key-lookup.ts';
import { decodeEntry } from '../../../src/core/log/entry.ts';
import { isKeyLookupRefusal } from '../../../src/core/log/key-lookup.ts';
import { OTHER, OWN, syncWorld, T0 } from '../sync/sync-fixture.ts';

describe('deviceKeyLookup', () => {
  it('finds the own account’s key and another tablet’s key from the stored trust list', async () => {
    const world = await syncWorld();
    const [otherEntry] = await world.otherDeviceSubmits(1);
    const lookup = await deviceKeyLookup(world.db);
    const own = await lookup({ kid: world.own.kid, device: OWN, actor: 'amina', at: T0 });
    expect(isKeyLookupRefusal(own)).toBe(false);
    expect(own).toMatchObject({ device: OWN, user: 'amina' });
    if (otherEntry === undefined) throw new Error('no entry');
    const decoded = decodeEntry(otherEntry.bytes);
    if (!decoded.ok) throw new Error(decoded.error.detail);
    const other = await lookup({ kid: decoded.value.kid, device: OTHER, actor: 'baraka', at: T0 });
    expect(other).toMatchObject({ device: OTHER, user: 'baraka' });
    world.db.close();
  });

  it('refuses a kid that is in no certificate it holds', async () => {
    const world = await syncWorld();
    const lookup = await deviceKeyLookup(world.db);
    expect(isKeyLookupRefusal(await lookup({ kid: new Uint8Array(8), device: OWN, actor: 'amina', at: T0 }))).toBe(true);
    world.db.close();
  });
});
