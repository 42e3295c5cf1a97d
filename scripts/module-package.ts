import { join, sep } from 'node:path';

const marker = `${sep}node_modules${sep}`;

/** The npm package a bundled module comes from (`react-dom`, `@noble/hashes`) and its folder, or undefined for our own code. */
export function modulePackage(moduleId: string): { name: string; dir: string } | undefined {
  const at = moduleId.lastIndexOf(marker);
  if (at < 0) return undefined;
  const rest = moduleId.slice(at + marker.length).split(sep);
  const nameParts = rest[0]?.startsWith('@') ? rest.slice(0, 2) : rest.slice(0, 1);
  return { name: nameParts.join('/'), dir: join(moduleId.slice(0, at + marker.length), ...nameParts) };
}
