import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { modulePackage } from './module-package.ts';

export interface LibraryCredit {
  name: string;
  version: string;
  license: string;
  author?: string;
}

interface PackageJson {
  name?: string;
  version?: string;
  license?: string;
  author?: string | { name?: string };
}

function packageJsonFor(moduleId: string): PackageJson | undefined {
  const found = modulePackage(moduleId);
  const file = found === undefined ? undefined : join(found.dir, 'package.json');
  return file !== undefined && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PackageJson) : undefined;
}

/**
 * Emits credits.json: every third-party package actually bundled into the app, with its licence, read from
 * the module graph at build time so the About screen can never drift from what ships.
 */
export function creditsPlugin(): Plugin {
  return {
    name: 'hornbill-credits',
    apply: 'build',
    generateBundle() {
      const byName = new Map<string, LibraryCredit>();
      for (const id of this.getModuleIds()) {
        const pkg = packageJsonFor(id.replace(/^\0/, '').split('?')[0] ?? id);
        if (!pkg?.name || byName.has(pkg.name)) continue;
        const author = typeof pkg.author === 'string' ? pkg.author : pkg.author?.name;
        byName.set(pkg.name, {
          name: pkg.name,
          version: pkg.version ?? '',
          license: pkg.license ?? 'see package',
          ...(author ? { author } : {}),
        });
      }
      const credits = [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
      this.emitFile({ type: 'asset', fileName: 'credits.json', source: JSON.stringify(credits, null, 1) });
    },
  };
}
