import path from 'node:path';

const immutable = 'public, max-age=31536000, immutable';
const revalidate = 'no-cache';
const short = 'public, max-age=3600';

/**
 * Cache-Control for a file of the built PWA, by its path relative to STATIC_DIR. Vite puts content-hashed
 * files under assets/, so they never change; the service worker, its registration, the Workbox runtime,
 * the page and the manifest must be revalidated, or clients would never see an update.
 */
export function cacheControlFor(relativePath: string): string {
  const normalised = relativePath.split(path.sep).join('/');
  if (normalised.startsWith('assets/')) return immutable;
  const name = path.posix.basename(normalised);
  if (name === 'sw.js' || name === 'registerSW.js' || name === 'index.html' || name === 'manifest.webmanifest') return revalidate;
  if (/^workbox-[\w-]+\.js$/.test(name)) return revalidate;
  return short;
}
