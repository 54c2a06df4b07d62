/** Percentiles and summaries shared by every figure. */

/** Nearest-rank percentile of an ascending array (NaN when empty). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const ascending = (values: readonly number[]) => [...values].sort((a, b) => a - b);

export const median = (values: readonly number[]) => percentile(ascending(values), 50);

/** Median and spread over rounds. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  rounds: number[];
}

export function spread(values: readonly number[]): Spread {
  return {
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    rounds: values.map((v) => round(v, 3)),
  };
}

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  samples: number;
}

export function latency(values: readonly number[]): Latency {
  const sorted = ascending(values);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
    samples: sorted.length,
  };
}

export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
