import { readFile, writeFile } from 'node:fs/promises';
import { rootKeyFingerprint } from '../../../core/trust/fingerprint.ts';
import type { TrustList } from '../../../core/trust/trust-list.ts';
import { verifyTrustList } from '../../../core/trust/verify-trust-list.ts';
import { configError } from '../../config-error.ts';
import { foreignTrustListProblem, storeForeignTrustList } from '../../identity/foreign-trust-lists.ts';
import { identityError } from '../../identity/identity-error.ts';
import { trustListAsJson } from '../../identity/trust-list-json.ts';
import { latestTrustList } from '../../identity/trust-publisher.ts';
import { describeError } from '../../store/describe-error.ts';
import { parseCommandLine } from '../parse-command-line.ts';
import { confirmOnTerminal } from '../read-secret.ts';
import { exactOperands, required, subcommand } from '../subcommand.ts';
import { withStore } from '../with-store.ts';

/** `hornbill trust export|show|import`. */
export async function run(args: readonly string[]): Promise<number> {
  const { verb, rest } = subcommand('trust', args, ['export', 'show', 'import']);
  if (verb === 'export') return exportTrustList(rest);
  if (verb === 'show') return show(rest);
  return importTrustList(rest);
}

/** Writes the newest signed trust list, the file the authority gives the Secretariat (Art. IX(4)). */
async function exportTrustList(args: readonly string[]): Promise<number> {
  const { values } = parseCommandLine(args, { out: { type: 'string' } });
  const out = required(values.out, '--out');
  return withStore(async (store) => {
    const published = await latestTrustList(store.db);
    if (published === undefined) throw identityError('no_authority', "no trust list yet: run 'hornbill authority init' first");
    await writeOrFail(out, published.signed);
    const verified = await verifyTrustList(published.signed);
    const fingerprint = verified.ok ? rootKeyFingerprint(verified.value.rootPublicKey) : '(unverifiable)';
    process.stdout.write(`Wrote trust list version ${published.version} to ${out}; root key fingerprint ${fingerprint}\n`);
    return 0;
  });
}

async function writeOrFail(file: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFile(file, bytes);
  } catch (error) {
    throw configError('--out', `cannot write ${file} (${describeError(error)})`);
  }
}

/** The verified list in a file, or an exit-1 line naming the file and the reason. */
async function readVerified(file: string): Promise<{ list: TrustList; bytes: Uint8Array } | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    process.stderr.write(`hornbill: ${file}: ${describeError(error)}\n`);
    return undefined;
  }
  const verified = await verifyTrustList(bytes);
  if (!verified.ok) {
    process.stderr.write(`hornbill: ${file}: ${verified.reason}\n`);
    return undefined;
  }
  return { list: verified.value, bytes };
}

async function show(args: readonly string[]): Promise<number> {
  const { positionals } = parseCommandLine(args, {}, true);
  const [file = ''] = exactOperands(positionals, ['FILE'], 'hornbill trust show FILE');
  const read = await readVerified(file);
  if (read === undefined) return 1;
  process.stdout.write(`${JSON.stringify(trustListAsJson(read.list), null, 2)}\n`);
  return 0;
}

/** Stores another Party's list once its root key fingerprint is confirmed (--yes, or on the terminal). */
async function importTrustList(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(args, { yes: { type: 'boolean' } }, true);
  const [file = ''] = exactOperands(positionals, ['FILE'], 'hornbill trust import FILE [--yes]');
  const read = await readVerified(file);
  if (read === undefined) return 1;
  const { list, bytes } = read;
  return withStore(async (store) => {
    const problem = await foreignTrustListProblem(store.db, list);
    if (problem !== undefined) {
      process.stderr.write(`hornbill: ${file}: ${problem.message}\n`);
      return 1;
    }
    process.stdout.write(
      `Trust list of ${list.party}, version ${list.version}, ${list.certificates.length} certificate(s), ${list.revocations.length} revocation(s).\n` +
        `Root key fingerprint: ${rootKeyFingerprint(list.rootPublicKey)}\n`,
    );
    if (values.yes !== true) {
      const confirmed = await confirmOnTerminal(`Does this fingerprint match the one ${list.party} gave you out of band? [y/N] `);
      if (confirmed === undefined) {
        process.stderr.write('hornbill: no terminal to confirm the fingerprint on: compare it out of band, then re-run with --yes\n');
        return 1;
      }
      if (!confirmed) {
        process.stderr.write('hornbill: not imported\n');
        return 1;
      }
    }
    await storeForeignTrustList(store.db, list, bytes, new Date());
    process.stdout.write(`Imported ${list.party} trust list version ${list.version}.\n`);
    return 0;
  });
}
