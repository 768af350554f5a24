/** Nearest-rank percentile (p in 0–100) of a list of numbers; NaN for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** p50 and p99 of a sample, in the sample's unit. */
export function summarize(values: readonly number[]): { p50: number; p99: number; n: number } {
  return { p50: percentile(values, 50), p99: percentile(values, 99), n: values.length };
}

/** Rounds to `digits` decimals (keeps small latencies readable in results.json). */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
