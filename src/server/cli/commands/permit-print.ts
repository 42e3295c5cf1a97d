// `hornbill permit print FILE.json --key KEY.json --out permit.pdf [--lang en|fr|es]`: an issued permit in the
// hornbill-permit/1 format as the standard-form PDF, its QR signed with the device key in KEY.json (see
// device-key-file.ts and docs/operations.md). Exit 0 written, 1 the permit cannot be printed (not issued,
// invalid) or the key is unusable, 2 bad usage or an unreadable file.
import { writeFile } from 'node:fs/promises';
import { permitSchema } from '../../../core/permit/model/permit.ts';
import { renderPermitPdf } from '../../../core/print/render-permit-pdf.ts';
import { permitClaimsFromPermit } from '../../../core/qr/claims-from-permit.ts';
import { encodePermitQr } from '../../../core/qr/encode-permit-qr.ts';
import { describeError } from '../../store/describe-error.ts';
import { signerFromKeyFile } from '../device-key-file.ts';
import { languageOption } from '../language-option.ts';
import { parseCommandLine } from '../parse-command-line.ts';
import { readInputFile } from '../read-input-file.ts';
import { exactOperands, required } from '../subcommand.ts';

const USAGE = 'hornbill permit print FILE.json --key KEY.json --out permit.pdf [--lang en|fr|es]';

async function readJsonFile(file: string): Promise<{ json: unknown } | undefined> {
  const input = await readInputFile(file);
  if (input === undefined) return undefined;
  try {
    return { json: JSON.parse(new TextDecoder().decode(input.bytes)) };
  } catch (error) {
    process.stderr.write(`hornbill: ${file}: not JSON (${error instanceof Error ? error.message.replace(/\s+/g, ' ') : String(error)})\n`);
    return undefined;
  }
}

export async function run(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(args, { key: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string' } }, true);
  const [file = ''] = exactOperands(positionals, ['FILE'], USAGE);
  const keyFile = required(values.key, '--key');
  const out = required(values.out, '--out');
  const language = languageOption(values.lang);

  const permitJson = await readJsonFile(file);
  const keyJson = await readJsonFile(keyFile);
  if (permitJson === undefined || keyJson === undefined) return 2;
  const permit = permitSchema.safeParse(permitJson.json);
  if (!permit.success) {
    const issue = permit.error.issues[0];
    process.stderr.write(`hornbill: ${file}: not a permit (${issue === undefined ? 'invalid' : `${issue.path.join('.')}: ${issue.message}`}); check it with 'hornbill permit validate'\n`);
    return 1;
  }
  const claims = permitClaimsFromPermit(permit.data);
  if (!claims.ok) {
    process.stderr.write(`hornbill: ${file}: ${claims.error.message[language]} (${claims.error.detail})\n`);
    return 1;
  }
  const key = await signerFromKeyFile(keyJson.json);
  if (!key.ok) {
    process.stderr.write(`hornbill: ${keyFile}: ${key.reason}\n`);
    return 1;
  }
  const qrText = await encodePermitQr(claims.value, key.signer);
  const pdf = renderPermitPdf(permit.data, { language, qrText, printedAt: Date.now() });
  try {
    await writeFile(out, pdf);
  } catch (error) {
    process.stderr.write(`hornbill: ${out}: ${describeError(error)}\n`);
    return 2;
  }
  process.stdout.write(`${JSON.stringify({ out, pages: pageCount(pdf), qr: qrText })}\n`);
  return 0;
}

function pageCount(pdf: Uint8Array): number {
  return (new TextDecoder('latin1').decode(pdf).match(/\/Type \/Page\b/g) ?? []).length;
}
