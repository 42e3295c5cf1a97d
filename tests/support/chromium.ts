import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, with the flags this closed network needs (no background connections, no sandbox as root). */
export const chromiumExecutable = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** `extraArgs` add to the flags above, e.g. a fake camera. */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable, args: [...chromiumArgs, ...extraArgs], headless: true });
}
