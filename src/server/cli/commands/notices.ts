import { writeFile } from 'node:fs/promises';
import { toBase64 } from '../../../core/crypto/base64.ts';
import { rootKeyFingerprint } from '../../../core/trust/fingerprint.ts';
import { configError } from '../../config-error.ts';
import { findAuthority } from '../../identity/authority.ts';
import { identityError } from '../../identity/identity-error.ts';
import { listNotices } from '../../identity/secretariat-notice.ts';
import { describeError } from '../../store/describe-error.ts';
import { parseCommandLine } from '../parse-command-line.ts';
import { required, subcommand } from '../subcommand.ts';
import { withStore } from '../with-store.ts';

/**
 * `hornbill notices export --out FILE`: every Secretariat notice in the outbox as one JSON file. Each notice
 * is the base64 of a COSE_Sign1 signed by the root key (the fingerprint is repeated for the reader's check).
 */
export async function run(args: readonly string[]): Promise<number> {
  const { rest } = subcommand('notices', args, ['export']);
  const { values } = parseCommandLine(rest, { out: { type: 'string' } });
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
