// `hornbill qr verify|decode`: the permit QR from the command line (docs/qr-format.md).
import { subcommand } from '../subcommand.ts';

export async function run(args: readonly string[]): Promise<number> {
  const { verb, rest } = subcommand('qr', args, ['verify', 'decode']);
  const command = verb === 'verify' ? await import('./qr-verify.ts') : await import('./qr-decode.ts');
  return command.run(rest);
}
