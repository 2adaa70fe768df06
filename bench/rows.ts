import { summarize, type Summary } from './stats';

/** The unit of a row's numbers: ms, bytes (gzip level 9, or the packed zip), request counts, requests per scheduled minute, module counts. */
export type Unit = 'ms' | 'bytes' | 'requests' | 'requests/min' | 'modules';

/**
 * One line of the results table: a timing against its floor, or a single value (a size, a
 * request count). Sizes are bytes of gzip (zlib level 9); timings are ms.
 */
export interface Row {
  /** Stable id, e.g. `popup-idle`, `bundle-background-js` (budgets refer to it). */
  id: string;
  /** What the row measures, in words (the table's first column). */
  label: string;
  unit: Unit;
  /** The median of a timing, or the single value of a size or count. */
  value: number;
  /** 95th percentile (timings only). */
  p95?: number;
  /** The floor's median, measured in the same run (timings only). */
  floor?: number;
  /** `value / floor` (timings only); null when the floor is not positive. */
  ratio?: number | null;
}

/** A timing row from our samples' and the floor's summaries. */
export function timingRow(id: string, label: string, ours: Summary, floor: Summary): Row {
  return { id, label, unit: 'ms', value: ours.median, p95: ours.p95, floor: floor.median, ratio: floor.median > 0 ? ours.median / floor.median : null };
}

/** Formats a value in its unit: `123.4 ms`, `12.3 KB` (1 KB = 1000 bytes), `7`, `0.7/min`. */
export function formatValue(unit: Unit, value: number): string {
  switch (unit) {
    case 'ms':
      return `${value.toFixed(1)} ms`;
    case 'bytes':
      return `${(value / 1000).toFixed(1)} KB`;
    case 'requests/min':
      return `${value.toFixed(2)}/min`;
    case 'requests':
    case 'modules':
      return String(value);
  }
}

/** A timing figure: our samples and the floor's (ms), summarised, with the ratio of the medians. */
export interface TimingFigure {
  id: string;
  label: string;
  ours: Summary;
  floor: Summary;
  /** Our median / the floor's median; null when the floor's is not positive. */
  ratio: number | null;
  /** Every measured sample (after warm-up), ms, in the order measured. */
  samples: { ours: number[]; floor: number[] };
  /** Checks of the method (ms), e.g. the floor's ready time minus Chrome's first-contentful-paint. */
  checks?: Record<string, number | null>;
}

/** Builds a timing figure from samples (ms). @throws Error when either side has no samples. */
export function timingFigure(id: string, label: string, ours: number[], floor: number[], checks?: TimingFigure['checks']): TimingFigure {
  const [o, f] = [summarize(ours), summarize(floor)];
  return { id, label, ours: o, floor: f, ratio: f.median > 0 ? o.median / f.median : null, samples: { ours, floor }, ...(checks ? { checks } : {}) };
}

/** The table row of a timing figure. */
export function figureRow(figure: TimingFigure): Row {
  return timingRow(figure.id, figure.label, figure.ours, figure.floor);
}
