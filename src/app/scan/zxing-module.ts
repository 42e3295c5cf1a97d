// zxing-wasm's reader, its WebAssembly served by the app itself: Vite emits the .wasm as a hashed asset (the
// `?url` import) that the service worker precaches, so scanning works offline and nothing is fetched from a
// CDN (zxing-wasm's default). Node (tests, benchmarks) injects the wasm bytes through the same function.
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import { prepareZXingModule, type ZXingModuleOverrides } from 'zxing-wasm/reader';

let overridesGiven = false;

/** Replaces how the reader finds its WebAssembly: e.g. `{ wasmBinary }` in Node. Call before the first read. */
export function setZxingModuleOverrides(overrides: ZXingModuleOverrides): void {
  prepareZXingModule({ overrides, fireImmediately: false });
  overridesGiven = true;
}

/** Points the reader at the app's own .wasm asset unless something else was injected. */
export function prepareZxingReader(): void {
  if (overridesGiven) return;
  setZxingModuleOverrides({ locateFile: (path: string, prefix: string): string => (path.endsWith('.wasm') ? wasmUrl : prefix + path) });
}
