/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/react" />

/** The package version, injected at build time (vite.config.ts). */
declare const __APP_VERSION__: string;
