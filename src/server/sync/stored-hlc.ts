// How log_entries and device_chains spell an HLC: "wallMs.counter".
import type { EntryClock } from '../../core/log/device-chain.ts';

export function formatStoredHlc(hlc: EntryClock): string {
  return `${hlc.wallMs}.${hlc.counter}`;
}

export function parseStoredHlc(text: string): EntryClock {
  const match = /^(\d+)\.(\d+)$/.exec(text);
  if (match === null) throw new Error(`HQ log: stored HLC ${JSON.stringify(text)} is not "wallMs.counter"`);
  return { wallMs: Number(match[1]), counter: Number(match[2]) };
}
