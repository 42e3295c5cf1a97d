// `hornbill qr decode "HB1:…"`: what a QR says, without verifying it (for support staff). Prints
// {kid, permit}, exit 0; an undecodable QR prints {error: {code, message, detail}} with its stage code, exit 1.
import { toHex } from '../../../core/crypto/bytes.ts';
import { decodePermitQr } from '../../../core/qr/decode-permit-qr.ts';
import { languageOption } from '../language-option.ts';
import { parseCommandLine } from '../parse-command-line.ts';
import { exactOperands } from '../subcommand.ts';

const USAGE = 'hornbill qr decode "HB1:…" [--lang en|fr|es]';

export async function run(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(args, { lang: { type: 'string' } }, true);
  const [text = ''] = exactOperands(positionals, ['QR'], USAGE);
  const language = languageOption(values.lang);
  const decoded = decodePermitQr(text);
  if (!decoded.ok) {
    const { code, message, detail } = decoded.error;
    process.stdout.write(`${JSON.stringify({ error: { code, message: message[language], detail } }, null, 2)}\n`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify({ kid: toHex(decoded.value.kid), permit: decoded.value.claims }, null, 2)}\n`);
  return 0;
}
