import type { Kysely } from 'kysely';
import { fromHex } from '../../core/crypto/bytes.ts';
import type { Database } from '../store/database.ts';
import { retryOnConflict } from '../store/retry-on-conflict.ts';
import { identityError } from './identity-error.ts';
import type { RootSigner } from './root-signer.ts';
import { queueDeviceRevokedNotice } from './secretariat-notice.ts';
import { revokeLiveCertificates } from './revoke-live-certificates.ts';
import { publishTrustList } from './trust-publisher.ts';
import type { User } from './user-record.ts';
import { findUserById } from './users.ts';

export interface LostDevice {
  readonly device: { readonly id: string; readonly code: string; readonly revokedAt: string; readonly revocationReason: string };
  /** Hex kids revoked now. */
  readonly revokedKids: readonly string[];
  readonly trustListVersion: number;
  readonly noticeId: string;
}

/**
 * Revokes a lost or stolen device, all or nothing: every certificate of its key is revoked at `now` (earlier
 * signatures stay valid), a new trust list is published and a signed notice queued for the Secretariat.
 * An admin may report any device, any other user only their own.
 */
export async function reportDeviceLost(
  db: Kysely<Database>,
  signer: RootSigner,
  report: { readonly deviceId: string; readonly reportedBy: User; readonly reason: string },
  now: Date,
): Promise<LostDevice> {
  return retryOnConflict(() =>
    db.transaction().execute(async (trx) => {
      const device = await trx.selectFrom('devices').select(['id', 'code', 'user_id', 'revoked_at']).where('id', '=', report.deviceId).executeTakeFirst();
      if (device === undefined) throw identityError('device_not_found', `no device with id ${report.deviceId}`);
      if (!report.reportedBy.roles.includes('admin') && device.user_id !== report.reportedBy.id) {
        throw identityError('not_device_owner', 'only an administrator or the device’s own user may report it lost');
      }
      if (device.revoked_at !== null) throw identityError('device_revoked', `device ${device.code} was revoked already`);
      const owner = await findUserById(trx, device.user_id);
      if (owner === undefined) throw new Error(`device ${device.code} has no user`);
      const at = now.toISOString();
      await trx.updateTable('devices').set({ revoked_at: at, revocation_reason: report.reason }).where('id', '=', device.id).execute();
      const revokedKids = await revokeLiveCertificates(trx, { deviceCode: device.code }, at, `device lost: ${report.reason}`);
      const published = await publishTrustList(trx, signer, now);
      const noticeId = await queueDeviceRevokedNotice(trx, signer, {
        device: { id: device.id, code: device.code },
        user: owner,
        revokedAt: now,
        reason: report.reason,
        revokedKids: revokedKids.map(fromHex),
        trustListVersion: published.version,
      });
      return { device: { id: device.id, code: device.code, revokedAt: at, revocationReason: report.reason }, revokedKids, trustListVersion: published.version, noticeId };
    }),
  );
}
