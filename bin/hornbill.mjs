#!/usr/bin/env node
// The `hornbill` command. tsx compiles the TypeScript sources on the fly, so the CLI works right after
// `npm install` with no build step.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.server.json', import.meta.url)) });
const { main } = await import('../src/server/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
