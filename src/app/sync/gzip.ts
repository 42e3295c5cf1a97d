// Request bodies are always sent gzip'd (docs/sync-protocol.md §Transport): the browser's CompressionStream
// where it has one, else fflate (older Safari).
import { gzipSync } from 'fflate';

export async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  if (typeof CompressionStream === 'undefined') return gzipSync(bytes);
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
