import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCodeListModules, generatedDir, repositoryRoot, sharedDataDir } from '../../../scripts/build-code-lists.ts';

describe('generated code-list modules', () => {
  // ../shared/data is the reference data beside the working copy; a fresh clone lacks it and relies on the
  // committed modules, so the drift check runs only where the sources are there to compare against.
  it.runIf(existsSync(sharedDataDir))('equal what the generator produces from ../shared/data now', () => {
    const generated = generateCodeListModules(sharedDataDir);
    const committed = readdirSync(join(repositoryRoot, generatedDir)).map((file) => `${generatedDir}/${file}`);
    expect(committed.sort()).toEqual([...generated.keys()].sort());
    for (const [path, text] of generated) expect(readFileSync(join(repositoryRoot, path), 'utf8'), path).toBe(text);
  });
});
