import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// One runner for everything; `npm test` picks the projects in order (see package.json).
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'core', include: ['tests/core/**/*.test.ts'], environment: 'node' },
      },
      {
        plugins: [react()],
        define: { __APP_VERSION__: JSON.stringify('test'), __BUILD_CREDITS__: '[]' },
        test: {
          name: 'app',
          include: ['tests/app/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/app/setup.ts'],
          // Whole-screen tests drive React through many steps; on a loaded 2-core CI machine 5 s is too tight.
          testTimeout: 20_000,
        },
      },
      {
        test: { name: 'lint', include: ['tests/lint/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/postgres-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
