import { fileURLToPath } from 'node:url';

/** A tiny stand-in for the built PWA, so server tests do not depend on `npm run build`. */
export const staticFixtureDir = fileURLToPath(new URL('../fixtures/static/', import.meta.url));
