import { writeFile } from 'node:fs/promises';
import { toBase64 } from '../../../core/crypto/base64.ts';
import { rootKeyFingerprint } from '../../../core/trust/fingerprint.ts';
import { loadConfig } from '../../config.ts';
import { configError } from '../../config-error.ts';
import { findAuthority } from '../../identity/authority.ts';
import { identityError } from '../../identity/identity-error.ts';
import { listNotices } from '../../identity/secretariat-notice.ts';
import { hasNoticeChannel, noticeChannelsFor } from '../../notices/notice-channels.ts';
import { deliverNotices } from '../../notices/notice-delivery.ts';
import { describeError } from '../../store/describe-error.ts';
import { parseCommandLine } from '../parse-command-line.ts';
import { required, subcommand } from '../subcommand.ts';
import { withStore } from '../with-store.ts';

/** `hornbill notices export --out FILE | notices deliver`. */
export async function run(args: readonly string[]): Promise<number> {
  const { verb, rest } = subcommand('notices', args, ['export', 'deliver']);
  return verb === 'export' ? exportNotices(rest) : deliver(rest);
}

/**
 * `hornbill notices deliver`: sends every undelivered notice now (back-off or not) through the configured
 * webhook and e-mail; exit 1 when any failed (the reason is printed and kept in the outbox).
 */
async function deliver(args: readonly string[]): Promise<number> {
  parseCommandLine(args, {});
  const config = loadConfig(process.env, process.cwd());
  return withStore(async (store) => {
    const authority = await findAuthority(store.db);
    if (authority === undefined) throw identityError('no_authority', "no authority yet: run 'hornbill authority init' first");
    const clock = () => new Date();
    const channels = noticeChannelsFor(config.noticeDelivery, authority, clock);
    if (!hasNoticeChannel(channels)) throw configError('NOTICE_WEBHOOK_URL', 'set it, or SMTP_URL and NOTICE_EMAIL_TO, to deliver notices');
    const outcomes = await deliverNotices(store.db, channels, clock, { dueOnly: false });
    for (const outcome of outcomes) {
      process.stdout.write(
        outcome.delivered
          ? `Delivered ${outcome.kind} notice ${outcome.id}\n`
          : `Not delivered: ${outcome.kind} notice ${outcome.id}: ${outcome.error} (next attempt at ${outcome.nextAttemptAt})\n`,
      );
    }
    const failed = outcomes.filter((outcome) => !outcome.delivered).length;
    process.stdout.write(`${outcomes.length - failed} delivered, ${failed} failed\n`);
    return failed === 0 ? 0 : 1;
  });
}

/**
 * `hornbill notices export --out FILE`: every Secretariat notice in the outbox as one JSON file. Each notice
 * is the base64 of a COSE_Sign1 signed by the root key (the fingerprint is repeated for the reader's check).
 */
async function exportNotices(args: readonly string[]): Promise<number> {
  const { values } = parseCommandLine(args, { out: { type: 'string' } });
  const out = required(values.out, '--out');
  return withStore(async (store) => {
    const authority = await findAuthority(store.db);
    if (authority === undefined) throw identityError('no_authority', "no authority yet: run 'hornbill authority init' first");
    const notices = await listNotices(store.db);
    const document = {
      party: authority.party,
      rootKeyFingerprint: rootKeyFingerprint(authority.rootPublicKey),
      notices: notices.map((notice) => ({ id: notice.id, kind: notice.kind, createdAt: notice.createdAt, coseSign1: toBase64(notice.signed) })),
    };
    try {
      await writeFile(out, `${JSON.stringify(document, null, 2)}\n`);
    } catch (error) {
      throw configError('--out', `cannot write ${out} (${describeError(error)})`);
    }
    process.stdout.write(`Wrote ${notices.length} notice(s) to ${out}\n`);
    return 0;
  });
}
