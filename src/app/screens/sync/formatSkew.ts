const units: readonly [Intl.NumberFormatOptions['unit'], number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1_000],
];

/** The size of a clock difference in the largest whole unit ("3 minutes", "2 heures"); null below a second. */
export function formatSkewAmount(skewMs: number, language: string): string | null {
  const size = Math.abs(skewMs);
  for (const [unit, ms] of units) {
    if (size >= ms) return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(Math.floor(size / ms));
  }
  return null;
}
