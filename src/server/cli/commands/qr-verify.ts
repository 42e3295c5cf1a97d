// `hornbill qr verify "HB1:…" --trust FILE [--trust FILE…] [--status FILE…] [--at ISO-8601] [--lang en|fr|es]`:
// the inspector's verdict from the command line. Trust lists are the signed files of `hornbill trust export`
// (the own Party's and foreign ones); a status list is checked against the trust list of its Party. The lists
// count as fetched when their files were last written (the oldest of them). Prints {verdict, reasons, permit,
// signer, risk}; exit 0 valid, 1 invalid, 3 valid with a warning, 2 bad usage or an unusable list file.
import { refuse, type Checked, type Refusal } from '../../../core/log/verdict.ts';
import { verifyPermitQr } from '../../../core/qr/verify-permit-qr.ts';
import type { StatusList } from '../../../core/trust/status-list.ts';
import type { TrustList } from '../../../core/trust/trust-list.ts';
import { verifyStatusList } from '../../../core/trust/verify-status-list.ts';
import { verifyTrustList } from '../../../core/trust/verify-trust-list.ts';
import { languageOption } from '../language-option.ts';
import { parseCommandLine } from '../parse-command-line.ts';
import { readInputFile } from '../read-input-file.ts';
import { exactOperands } from '../subcommand.ts';
import { usageError } from '../usage-error.ts';

const USAGE = 'hornbill qr verify "HB1:…" --trust FILE [--trust FILE…] [--status FILE…] [--at ISO-8601] [--lang en|fr|es]';
const EXIT = { valid: 0, invalid: 1, warning: 3 } as const;

function atOption(value: string | undefined): number {
  if (value === undefined) return Date.now();
  const time = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(time)) throw usageError('--at must be an ISO-8601 date or date-time');
  return time;
}

interface LoadedLists {
  readonly trustLists: TrustList[];
  readonly statusLists: StatusList[];
  readonly fetchedAt: number;
}

function unusable(file: string, refusal: Refusal): undefined {
  process.stderr.write(`hornbill: ${file}: ${refusal.reason}\n`);
  return undefined;
}

/** A status list is signed by its Party's root key: try it against each trust list given. */
async function verifyStatusListAgainstAny(bytes: Uint8Array, trustLists: readonly TrustList[]): Promise<Checked<StatusList>> {
  let last: Checked<StatusList> = refuse('status list: no trust list given to check it against');
  for (const trustList of trustLists) {
    last = await verifyStatusList(bytes, trustList);
    if (last.ok) return last;
  }
  return last;
}

async function loadLists(trustFiles: readonly string[], statusFiles: readonly string[]): Promise<LoadedLists | undefined> {
  const trustLists: TrustList[] = [];
  const statusLists: StatusList[] = [];
  let fetchedAt = Number.POSITIVE_INFINITY;
  for (const file of trustFiles) {
    const input = await readInputFile(file);
    if (input === undefined) return undefined;
    const verified = await verifyTrustList(input.bytes);
    if (!verified.ok) return unusable(file, verified);
    trustLists.push(verified.value);
    fetchedAt = Math.min(fetchedAt, input.modifiedAt);
  }
  for (const file of statusFiles) {
    const input = await readInputFile(file);
    if (input === undefined) return undefined;
    const verified = await verifyStatusListAgainstAny(input.bytes, trustLists);
    if (!verified.ok) return unusable(file, verified);
    statusLists.push(verified.value);
    fetchedAt = Math.min(fetchedAt, input.modifiedAt);
  }
  return { trustLists, statusLists, fetchedAt };
}

export async function run(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(
    args,
    { trust: { type: 'string', multiple: true }, status: { type: 'string', multiple: true }, at: { type: 'string' }, lang: { type: 'string' } },
    true,
  );
  const [text = ''] = exactOperands(positionals, ['QR'], USAGE);
  const trustFiles = values.trust ?? [];
  if (trustFiles.length === 0) throw usageError('--trust FILE is required (a trust list from hornbill trust export)');
  const language = languageOption(values.lang);
  const now = atOption(values.at);
  const lists = await loadLists(trustFiles, values.status ?? []);
  if (lists === undefined) return 2;
  const verdict = await verifyPermitQr(text, {
    trustLists: lists.trustLists,
    statusLists: lists.statusLists,
    now,
    listsFetchedAt: lists.fetchedAt,
    // The first trust list given is the inspector's own Party's: every other Party's permit counts as foreign.
    ...(lists.trustLists[0] === undefined ? {} : { ownParty: lists.trustLists[0].party }),
  });
  const output = {
    verdict: verdict.verdict,
    reasons: verdict.reasons.map((reason) => ({ code: reason.code, severity: reason.severity, message: reason.message[language] })),
    permit: verdict.claims,
    signer: verdict.signer,
    risk: { score: verdict.risk.score, reasons: verdict.risk.reasons.map((reason) => ({ code: reason.code, weight: reason.weight, message: reason.message[language] })) },
  };
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  return EXIT[verdict.verdict];
}
