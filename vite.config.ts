import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { creditsPlugin } from './scripts/vite-plugin-credits.ts';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 600 },
  plugins: [
    react(),
    creditsPlugin(),
    VitePWA({
      // 'prompt': a new version never reloads a form being filled; the update banner waits for the user.
      registerType: 'prompt',
      // Registration is imported from the app bundle (src/app/shell/UpdateBanner.tsx): no inline script, CSP stays strict.
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon-180.png'],
      manifest: {
        id: '/',
        name: 'Hornbill — CITES permits',
        short_name: 'Hornbill',
        description: 'Issue, sign and verify CITES permits offline.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        background_color: '#ffffff',
        theme_color: '#0b5d3b',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,json,wasm}'],
        // jsPDF's optional html()/SVG helpers (html2canvas, canvg, DOMPurify) are split out and never called by
        // Hornbill: keep them out of the precache so the first install stays smaller on a slow link.
        globIgnores: ['**/*.map', '**/html2canvas-*.js', '**/purify.es-*.js', '**/index.es-*.js'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // Background Sync: the worker's `sync` event asks the open app to sync (src/app/sync/background-sync.ts).
        importScripts: ['sw-background-sync.js'],
      },
    }),
  ],
});
