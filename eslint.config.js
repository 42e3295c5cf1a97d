// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Browser and Node globals that `src/core` must never touch: it runs unchanged on a tablet and at HQ. */
const platformGlobals = [
  'window', 'document', 'navigator', 'indexedDB', 'localStorage', 'sessionStorage', 'location',
  'fetch', 'XMLHttpRequest', 'WebSocket', 'self', 'caches',
  'process', 'Buffer', 'require', 'module', '__dirname', '__filename', 'global', 'setImmediate',
].map((name) => ({ name, message: `src/core is pure: no DOM, Node or I/O globals (${name}).` }));

const nodeBuiltins = ['fs', 'fs/promises', 'path', 'os', 'crypto', 'http', 'https', 'net', 'child_process', 'worker_threads', 'stream', 'url', 'util', 'zlib', 'buffer'];
const platformLibraries = ['react', 'react-dom', 'react-dom/client', 'dexie', 'fastify', 'kysely', 'better-sqlite3', 'pg'];

export const coreImportRestrictions = {
  // Exact names for bare modules: a gitignore-style pattern "crypto" would also match core's own ./crypto folder.
  paths: [
    ...nodeBuiltins.map((name) => ({ name, message: 'src/core must not import Node built-ins.' })),
    ...platformLibraries.map((name) => ({ name, message: 'src/core must not depend on UI, storage or server libraries.' })),
  ],
  patterns: [
    { group: ['**/app', '**/app/**'], message: 'src/core must not import src/app.' },
    { group: ['**/server', '**/server/**'], message: 'src/core must not import src/server.' },
    { group: ['node:*'], message: 'src/core must not import Node built-ins.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'dev-dist/**', 'tests/fixtures/lint/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', coreImportRestrictions],
      'no-restricted-globals': ['error', ...platformGlobals],
    },
  },
  { files: ['src/app/**/*.{ts,tsx}'], languageOptions: { globals: { ...globals.browser } } },
  { files: ['src/server/**/*.ts', 'bin/**', 'scripts/**', '*.config.{js,ts}'], languageOptions: { globals: { ...globals.node } } },
  { files: ['tests/**', 'bench/**'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
);
