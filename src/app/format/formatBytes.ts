const units = [
  { unit: 'gigabyte', size: 1e9 },
  { unit: 'megabyte', size: 1e6 },
  { unit: 'kilobyte', size: 1e3 },
] as const;

/** Decimal units (what the browser's storage estimate and a tablet's settings show), in the user's language. */
export function formatBytes(bytes: number, language: string): string {
  const { unit, size } = units.find((u) => bytes >= u.size) ?? { unit: 'byte', size: 1 };
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(
    bytes / size,
  );
}
