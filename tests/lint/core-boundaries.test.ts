import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function coreLintMessages(code: string, filePath = 'src/core/example/probe.ts'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

describe('the src/core boundary rule', () => {
  it.each([
    ["import { openHornbillDb } from '../../app/db/database.ts';", 'must not import src/app'],
    ["import { buildHttpServer } from '../../server/http/app.ts';", 'must not import src/server'],
    ["import { readFileSync } from 'node:fs';", 'Node built-ins'],
    ["import { createHash } from 'crypto';", 'Node built-ins'],
    ["import Dexie from 'dexie';", 'UI, storage or server libraries'],
  ])('refuses %s', async (code, reason) => {
    const messages = await coreLintMessages(`${code}\nexport const probe = 1;\n`);
    expect(messages.join('\n')).toContain(reason);
  });

  it.each(['window.alert("x")', 'document.title', 'localStorage.clear()', 'process.exit(1)', 'indexedDB.open("x")', 'Buffer.from("x")'])(
    'refuses the platform global in %s',
    async (expression) => {
      const messages = await coreLintMessages(`export function probe(): unknown {\n  return ${expression};\n}\n`);
      expect(messages.some((message) => message.startsWith('no-restricted-globals'))).toBe(true);
    },
  );

  it('accepts pure code importing other core modules and zod', async () => {
    const code = "import { z } from 'zod';\nimport { sha256 } from '../crypto/sha256.ts';\nexport const probe = z.string();\nexport const hash = sha256;\n";
    expect(await coreLintMessages(code)).toEqual([]);
  });

  it('leaves the same imports alone outside src/core', async () => {
    const messages = await coreLintMessages("import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n", 'src/server/probe.ts');
    expect(messages).toEqual([]);
  });
});
