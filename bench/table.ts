export interface BenchRow {
  figure: string;
  value: number;
  unit: string;
  /** The budget from DESIGN §11: the figure must stay at or below `max`, or at or above `min`. */
  budget?: { max: number } | { min: number };
  baseline?: { label: string; value: number };
  note?: string;
}

const formatNumber = (value: number) => (Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(2));

function withinBudget(value: number, budget: { max: number } | { min: number }): boolean {
  return 'max' in budget ? value <= budget.max : value >= budget.min;
}

/** One table, each figure beside its budget and a baseline measured in the same run. */
export function renderBenchTable(rows: readonly BenchRow[]): string {
  const header = ['figure', 'value', 'budget', 'within', 'baseline', 'ratio'];
  const lines = rows.map((row) => [
    row.figure,
    `${formatNumber(row.value)} ${row.unit}`,
    row.budget === undefined ? '—' : 'max' in row.budget ? `≤ ${formatNumber(row.budget.max)} ${row.unit}` : `≥ ${formatNumber(row.budget.min)} ${row.unit}`,
    row.budget === undefined ? '—' : withinBudget(row.value, row.budget) ? 'yes' : 'NO',
    row.baseline ? `${formatNumber(row.baseline.value)} ${row.unit} (${row.baseline.label})` : '—',
    row.baseline && row.baseline.value !== 0 ? `${(row.value / row.baseline.value).toFixed(2)}×` : '—',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => (line[column] ?? '').length)));
  const format = (cells: readonly string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const notes = rows.filter((row) => row.note).map((row) => `- ${row.figure}: ${row.note}`);
  return [format(header), format(widths.map((w) => '-'.repeat(w))), ...lines.map(format), '', ...notes].join('\n');
}

/** Median over `runs` timings of one call (sync or async), after `warmUps` untimed calls, in ms. */
export async function medianMs(runs: number, call: () => Promise<unknown> | unknown, warmUps = Math.min(20, runs)): Promise<number> {
  for (let i = 0; i < warmUps; i++) await call();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await call();
    times.push(performance.now() - start);
  }
  return median(times);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}
