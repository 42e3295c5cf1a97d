// Latency summaries for load rows: nearest-rank percentiles (the p99 of 200 samples is the 198th smallest),
// so every figure printed is a time that was actually measured.

export interface LatencySummary {
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(fraction * sorted.length));
  return sorted[rank - 1] ?? NaN;
}

export function summarise(values: readonly number[]): LatencySummary {
  return { p50: percentile(values, 0.5), p99: percentile(values, 0.99), max: percentile(values, 1) };
}

export function formatSummary(summary: LatencySummary): string {
  return `p50 ${summary.p50.toFixed(1)} / p99 ${summary.p99.toFixed(1)} / max ${summary.max.toFixed(1)} ms`;
}
