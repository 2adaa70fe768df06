/**
 * Summary statistics of a figure's samples (pure). Units are the samples' own (ms for timings).
 */

/** A figure's samples summarised: how many, their median, 95th percentile, least and greatest value. */
export interface Summary {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

function sorted(samples: readonly number[]): number[] {
  if (samples.length === 0) throw new Error('No samples to summarise: the figure measured nothing.');
  if (samples.some((x) => !Number.isFinite(x))) throw new Error(`A sample is not a finite number: ${samples.join(', ')}`);
  return [...samples].sort((a, b) => a - b);
}

/** The median: the middle sample, or the mean of the two middle ones for an even count. @throws Error when empty. */
export function median(samples: readonly number[]): number {
  const xs = sorted(samples);
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 === 1 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
}

/**
 * The `p`-th percentile (0 < p ≤ 100) by the nearest-rank method: the smallest sample with at
 * least p % of the samples at or below it (for 30 samples, p95 is the 29th smallest).
 * @throws Error when empty or p is out of range.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (!(p > 0 && p <= 100)) throw new Error(`Percentile must be in (0, 100], got ${p}.`);
  const xs = sorted(samples);
  return xs[Math.ceil((p / 100) * xs.length) - 1]!;
}

/** Median, p95, min and max of the samples. @throws Error when empty. */
export function summarize(samples: readonly number[]): Summary {
  const xs = sorted(samples);
  return { n: xs.length, median: median(xs), p95: percentile(xs, 95), min: xs[0]!, max: xs[xs.length - 1]! };
}

/** `value / floor`, or null when the floor is not a positive number (no meaningful ratio). */
export function ratio(value: number, floor: number): number | null {
  return Number.isFinite(value) && Number.isFinite(floor) && floor > 0 ? value / floor : null;
}
