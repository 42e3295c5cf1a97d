import { assertNoAuthority, initAuthority } from '../../identity/authority.ts';
import { parseCommandLine } from '../parse-command-line.ts';
import { readRootPassphrase } from '../root-passphrase.ts';
import { required, subcommand } from '../subcommand.ts';
import { withStore } from '../with-store.ts';

/** `hornbill authority init --party KE --name "…"`: root key, first admin, trust list version 1. Once only. */
export async function run(args: readonly string[]): Promise<number> {
  const { rest } = subcommand('authority', args, ['init']);
  const { values } = parseCommandLine(rest, { party: { type: 'string' }, name: { type: 'string' } });
  const party = required(values.party, '--party').trim().toUpperCase();
  const name = required(values.name, '--name').trim();
  return withStore(async (store) => {
    // Checked before asking for a passphrase (initAuthority checks again, inside its own work).
    await assertNoAuthority(store.db);
    const passphrase = await readRootPassphrase({ confirm: true });
    const { authority, fingerprint, admin } = await initAuthority(store.db, { party, name, passphrase }, new Date());
    process.stdout.write(
      [
        `Authority ${authority.party} (${authority.name}) initialised; trust list version 1 published.`,
        'Root key fingerprint (confirm it with the CITES Secretariat by telephone or letter):',
        `  ${fingerprint}`,
        `First administrator: ${admin.user.username}`,
        `One-time password (shown once; it must be changed at first sign-in): ${admin.oneTimePassword}`,
        '',
      ].join('\n'),
    );
    return 0;
  });
}
