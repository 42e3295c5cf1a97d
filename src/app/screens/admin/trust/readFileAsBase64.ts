import { toBase64 } from '../../../../core/crypto/base64.ts';

/** The file's bytes as base64, or undefined when the browser cannot read it (moved, no permission). */
export function readFileAsBase64(file: Blob): Promise<string | undefined> {
  // FileReader rather than Blob.arrayBuffer(): older Android WebViews lack the latter.
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result instanceof ArrayBuffer ? toBase64(new Uint8Array(reader.result)) : undefined);
    reader.onerror = () => resolve(undefined);
    reader.readAsArrayBuffer(file);
  });
}
