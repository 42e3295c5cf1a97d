import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The package root (where package.json lives), found from this file so it works from any working directory. */
export const packageRoot: string = fileURLToPath(new URL('../../', import.meta.url));

export function readPackageVersion(): string {
  const manifest: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  if (typeof manifest === 'object' && manifest !== null && 'version' in manifest && typeof manifest.version === 'string') {
    return manifest.version;
  }
  throw new Error('package.json has no version');
}
