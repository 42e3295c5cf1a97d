// The compact text form of an HLC, `<wallMs: 12 hex>-<counter: 4 hex>-<node>`, e.g. `0193a8f2c400-0001-T3F`.
// Fixed-width fields make plain string order equal to compareHlc order, so it can be an IndexedDB or SQL index key.
import { isHlcFields, type Hlc } from './hlc.ts';

const HLC_TEXT = /^([0-9a-f]{12})-([0-9a-f]{4})-(.+)$/s;

export function hlcToText(clock: Hlc): string {
  if (!isHlcFields(clock.wallMs, clock.counter)) throw new RangeError('hlcToText: not a valid clock reading');
  return `${clock.wallMs.toString(16).padStart(12, '0')}-${clock.counter.toString(16).padStart(4, '0')}-${clock.node}`;
}

/** The clock spelled by `text`, or undefined when it is not the form hlcToText writes. */
export function parseHlcText(text: string): Hlc | undefined {
  const match = HLC_TEXT.exec(text);
  if (match === null) return undefined;
  const [, wall = '', counter = '', node = ''] = match;
  return { wallMs: parseInt(wall, 16), counter: parseInt(counter, 16), node };
}
