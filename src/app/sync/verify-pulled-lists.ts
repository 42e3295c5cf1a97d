// The trust list and status list a pull carries, verified before anything is stored: the trust list under the
// root key held since enrolment, of this Party, newer than the one held; the status list against that trust
// list, newer than the one held. The trust list pulled entries are checked with is the newest verified one.
import type { StatusList } from '../../core/trust/status-list.ts';
import type { TrustList } from '../../core/trust/trust-list.ts';
import { verifyStatusList } from '../../core/trust/verify-status-list.ts';
import { verifyTrustList } from '../../core/trust/verify-trust-list.ts';
import type { HornbillDb } from '../db/database.ts';
import { storedTrustList } from '../log/device-key-lookup.ts';
import type { SyncDevice } from './sync-context.ts';
import { SyncProblem } from './sync-problem.ts';

export interface VerifiedLists {
  /** The trust list to check entries with: the pulled one when there is one, else the one held. */
  readonly trustList: TrustList;
  /** The pulled trust list to store, with its bytes; null when HQ sent none. */
  readonly newTrustList: { readonly list: TrustList; readonly bytes: Uint8Array } | null;
  readonly newStatusList: { readonly list: StatusList; readonly bytes: Uint8Array } | null;
}

export async function newestStatusListVersion(db: HornbillDb, party: string): Promise<number> {
  const newest = await db.statusLists.where('[party+version]').between([party, 0], [party, Number.MAX_SAFE_INTEGER], true, true).last();
  return newest?.version ?? 0;
}

export async function verifyPulledLists(
  db: HornbillDb,
  device: SyncDevice,
  pulled: { readonly trustList: Uint8Array | null; readonly statusList: Uint8Array | null },
): Promise<VerifiedLists> {
  const held = await storedTrustList(db, device.party, device.rootPublicKey);
  let newTrustList: VerifiedLists['newTrustList'] = null;
  if (pulled.trustList !== null) {
    const verified = await verifyTrustList(pulled.trustList, device.rootPublicKey);
    if (!verified.ok) throw new SyncProblem('list-refused', verified.reason);
    if (verified.value.party !== device.party) throw new SyncProblem('list-refused', `the trust list is Party ${verified.value.party}'s, not ${device.party}'s`);
    if (held !== undefined && verified.value.version < held.version) {
      throw new SyncProblem('list-refused', `trust list version ${verified.value.version} is older than version ${held.version} held`);
    }
    // The same version: stored meanwhile by the trust list pull of useTrustListPull.ts, nothing new.
    if (held?.version !== verified.value.version) newTrustList = { list: verified.value, bytes: pulled.trustList };
  }
  const trustList = newTrustList?.list ?? held;
  if (trustList === undefined) throw new SyncProblem('list-refused', `no verified trust list of ${device.party} is held`);
  let newStatusList: VerifiedLists['newStatusList'] = null;
  if (pulled.statusList !== null) {
    const verified = await verifyStatusList(pulled.statusList, trustList);
    if (!verified.ok) throw new SyncProblem('list-refused', verified.reason);
    const heldVersion = await newestStatusListVersion(db, device.party);
    if (verified.value.version <= heldVersion) {
      throw new SyncProblem('list-refused', `status list version ${verified.value.version} is not newer than version ${heldVersion} held`);
    }
    newStatusList = { list: verified.value, bytes: pulled.statusList };
  }
  return { trustList, newTrustList, newStatusList };
}
