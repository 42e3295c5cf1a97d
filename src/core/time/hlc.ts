// A hybrid logical clock (Kulkarni, Demirbas et al., "Logical Physical Clocks", 2014): a wall-clock reading
// that never goes backwards, plus a counter that orders events within one millisecond. Field tablets have
// wrong clocks; the HLC keeps every device's entries in causal order anyway while staying close to real time.
// The wall clock is always a parameter: core never reads it.
import type { LocalizedError } from '../permit/localized-error.ts';
import { failure, success, type Result } from '../permit/result.ts';

export interface Hlc {
  /** Milliseconds since the Unix epoch: the largest wall time this clock has seen, never decreasing. */
  readonly wallMs: number;
  /** Orders events that share `wallMs`. */
  readonly counter: number;
  /** The device the clock runs on; breaks ties so that the order is total across devices. */
  readonly node: string;
}

/** 2^48 ms is the year 10889; it keeps `wallMs` within 12 hex digits (hlc-text.ts) and a safe integer. */
export const HLC_MAX_WALL_MS = 2 ** 48 - 1;
/** The counter is 16 bits; past it the clock borrows one millisecond from the future (see `advance`). */
export const HLC_MAX_COUNTER = 0xffff;
/**
 * How far ahead of our wall clock a remote clock may be before we refuse to adopt it. One hour absorbs a
 * hand-set tablet clock, not a wrong day or year: a tablet set to 2031 must not drag every clock forward.
 */
export const DEFAULT_MAX_DRIFT_MS = 60 * 60 * 1000;

export function startHlc(node: string, wallNow: number): Hlc {
  assertWallTime(wallNow);
  return { wallMs: wallNow, counter: 0, node };
}

/** Negative, zero or positive as `a` is before, the same as or after `b`: wall time, then counter, then node. */
export function compareHlc(a: Hlc, b: Hlc): number {
  if (a.wallMs !== b.wallMs) return a.wallMs < b.wallMs ? -1 : 1;
  if (a.counter !== b.counter) return a.counter < b.counter ? -1 : 1;
  return a.node < b.node ? -1 : a.node > b.node ? 1 : 0;
}

/** The clock for a local event (send or act): strictly after `clock`, at least `wallNow`. */
export function tickLocal(clock: Hlc, wallNow: number): Hlc {
  assertWallTime(wallNow);
  if (wallNow > clock.wallMs) return { wallMs: wallNow, counter: 0, node: clock.node };
  return advance(clock.node, clock.wallMs, clock.counter + 1);
}

export interface HlcDriftError extends LocalizedError<'hlc.remote-too-far-ahead'> {
  readonly aheadMs: number;
}

/**
 * The clock after receiving `remote`: strictly after both `clock` and `remote`. A remote clock more than
 * `maxDriftMs` ahead of `wallNow` is refused and `clock` is left as it was; the caller flags it (DESIGN §7).
 */
export function mergeRemote(
  clock: Hlc,
  remote: Pick<Hlc, 'wallMs' | 'counter'>,
  wallNow: number,
  maxDriftMs: number = DEFAULT_MAX_DRIFT_MS,
): Result<Hlc, HlcDriftError> {
  assertWallTime(wallNow);
  assertHlcFields(remote.wallMs, remote.counter);
  const aheadMs = remote.wallMs - wallNow;
  if (aheadMs > maxDriftMs) return failure(driftError(aheadMs, maxDriftMs));
  const wallMs = Math.max(clock.wallMs, remote.wallMs, wallNow);
  const localCounter = wallMs === clock.wallMs ? clock.counter + 1 : 0;
  const remoteCounter = wallMs === remote.wallMs ? remote.counter + 1 : 0;
  return success(advance(clock.node, wallMs, Math.max(localCounter, remoteCounter)));
}

/** Counter overflow moves the clock 1 ms ahead of the wall instead of wrapping (which would go backwards). */
function advance(node: string, wallMs: number, counter: number): Hlc {
  if (counter <= HLC_MAX_COUNTER) return { wallMs, counter, node };
  if (wallMs >= HLC_MAX_WALL_MS) throw new RangeError('HLC: the clock has reached its last representable instant');
  return { wallMs: wallMs + 1, counter: 0, node };
}

export function isHlcFields(wallMs: number, counter: number): boolean {
  return Number.isInteger(wallMs) && wallMs >= 0 && wallMs <= HLC_MAX_WALL_MS
    && Number.isInteger(counter) && counter >= 0 && counter <= HLC_MAX_COUNTER;
}

function assertHlcFields(wallMs: number, counter: number): void {
  if (!isHlcFields(wallMs, counter)) throw new RangeError(`HLC: (${wallMs}, ${counter}) is not a valid clock reading`);
}

function assertWallTime(wallNow: number): void {
  if (!Number.isInteger(wallNow) || wallNow < 0 || wallNow > HLC_MAX_WALL_MS) {
    throw new RangeError(`HLC: wall time ${wallNow} is not an integer number of ms in 0..2^48-1`);
  }
}

function driftError(aheadMs: number, maxDriftMs: number): HlcDriftError {
  const minutes = Math.round(aheadMs / 60_000);
  const limit = Math.round(maxDriftMs / 60_000);
  return {
    code: 'hlc.remote-too-far-ahead',
    aheadMs,
    message: {
      en: `The other device's clock is ${minutes} min ahead of this one (more than ${limit} min allowed); check its date and time.`,
      fr: `L’horloge de l’autre appareil avance de ${minutes} min sur celle-ci (plus que les ${limit} min admises) ; vérifiez sa date et son heure.`,
      es: `El reloj del otro dispositivo va ${minutes} min por delante de este (más de los ${limit} min admitidos); compruebe su fecha y hora.`,
    },
  };
}
