import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin, type Rolldown } from 'vite';
import react from '@vitejs/plugin-react';
import { modulePackage } from '../../scripts/module-package.ts';
import type { BenchRow } from '../table.ts';

/** Libraries that must be loaded on demand, never in the app shell (DESIGN §9). */
const onDemandOnly = ['jspdf', 'zxing', 'html2canvas'];

interface ShellSize {
  gzipBytes: number;
  packages: Map<string, number>; // rendered bytes (before minification) per package, 'hornbill' for our own code
}

function packageOf(moduleId: string): string {
  const found = modulePackage(moduleId);
  if (found !== undefined) return found.name;
  return moduleId.includes('vite/preload-helper') || moduleId.startsWith('\0') ? 'vite runtime' : 'hornbill';
}

/** The JavaScript index.html loads before the app can run: its entry script and every modulepreload. */
function initialScripts(outDir: string): string[] {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  return [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/?([^"]+\.js)"/g)].map((m) => m[1] ?? '');
}

/** The chunks loaded before the app runs: the entry and, transitively, what it imports statically. */
function initialChunks(bundle: Rolldown.OutputBundle): Rolldown.OutputChunk[] {
  const chunks = new Map(Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [[output.fileName, output] as const] : [])));
  const seen = new Set<string>();
  const visit = (fileName: string): void => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
  };
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
  return [...seen].flatMap((fileName) => chunks.get(fileName) ?? []);
}

function collectComposition(into: Map<string, number>): Plugin {
  return {
    name: 'bench-bundle-composition',
    generateBundle(_options, bundle: Rolldown.OutputBundle) {
      for (const chunk of initialChunks(bundle)) {
        for (const [id, info] of Object.entries(chunk.modules)) {
          const name = packageOf(id);
          into.set(name, (into.get(name) ?? 0) + info.renderedLength);
        }
      }
    },
  };
}

/** Builds with vite (the project's config when root is undefined) and sums the gzip size of the initial scripts. */
async function measureBuild(root: string | undefined, outDir: string): Promise<ShellSize> {
  const packages = new Map<string, number>();
  await build({
    logLevel: 'silent',
    ...(root ? { root, configFile: false, plugins: [react(), collectComposition(packages)] } : { plugins: [collectComposition(packages)] }),
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
  const gzipBytes = initialScripts(outDir).reduce((sum, file) => sum + gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length, 0);
  return { gzipBytes, packages };
}

export async function appShellSizeRows(workDir: string): Promise<{ rows: BenchRow[]; composition: string }> {
  const app = await measureBuild(undefined, join(workDir, 'app'));
  const baseline = await measureBuild('bench/baselines/react-hello', join(workDir, 'react-hello'));
  const leaked = [...app.packages.keys()].filter((name) => onDemandOnly.some((lib) => name.includes(lib)));
  const total = [...app.packages.values()].reduce((a, b) => a + b, 0);
  const composition = [...app.packages.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([name, bytes]) => `  ${name.padEnd(28)} ${(bytes / 1024).toFixed(1).padStart(7)} KB  ${((100 * bytes) / total).toFixed(1).padStart(5)} %`)
    .join('\n');
  return {
    rows: [
      {
        figure: 'initial JavaScript (gzip -9)',
        value: app.gzipBytes / 1024,
        unit: 'KB',
        budget: { max: 200 },
        baseline: { label: 'React 19 hello world', value: baseline.gzipBytes / 1024 },
        note: leaked.length ? `ON-DEMAND LIBRARIES IN THE SHELL: ${leaked.join(', ')}` : 'no jsPDF or QR scanner in the shell',
      },
    ],
    composition: `app shell composition (rendered bytes per package, before minification and gzip):\n${composition}`,
  };
}
