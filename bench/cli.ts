/**
 * The command line of `npm run bench` (pure): `--only=sizes,popup,options,shortcut,network`,
 * `--no-fail`, `--runs=30`, `--warmup=5`, `--note="…"`.
 */

export const FIGURES = ['sizes', 'popup', 'options', 'shortcut', 'network'] as const;
export type Figure = (typeof FIGURES)[number];

export interface BenchOptions {
  /** The figures to measure (all by default). */
  only: ReadonlySet<Figure>;
  /** Whether every figure runs (then results go to bench/results.*; otherwise to bench/tmp/). */
  complete: boolean;
  /** Exit with 1 when a budget is missed (`--no-fail`: just report). */
  fail: boolean;
  /** Measured runs per timing figure, after `warmup` discarded ones. */
  runs: number;
  warmup: number;
  /** A remark stored with the results, e.g. that the machine was busy. */
  note: string | null;
}

export const USAGE = `Usage: npm run bench [-- --only=${FIGURES.join(',')}] [--no-fail] [--runs=30] [--warmup=5] [--note="text"]`;

function count(name: string, text: string, least: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < least) throw new Error(`--${name} must be a whole number of at least ${least}, got "${text}".\n${USAGE}`);
  return value;
}

/** Parses the arguments after `npm run bench --`. @throws Error naming the argument it does not understand. */
export function parseArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { only: new Set(FIGURES), complete: true, fail: true, runs: 30, warmup: 5, note: null };
  for (const arg of argv) {
    const [name, value] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, null];
    if (name === '--no-fail' && value === null) options.fail = false;
    else if (name === '--runs' && value !== null) options.runs = count('runs', value, 1);
    else if (name === '--warmup' && value !== null) options.warmup = count('warmup', value, 0);
    else if (name === '--note' && value !== null) options.note = value;
    else if (name === '--only' && value !== null) {
      const wanted = value.split(',').map((item) => item.trim()).filter(Boolean);
      const unknown = wanted.filter((item) => !(FIGURES as readonly string[]).includes(item));
      if (wanted.length === 0 || unknown.length > 0) throw new Error(`--only takes some of ${FIGURES.join(', ')}; got "${value}".\n${USAGE}`);
      options.only = new Set(wanted as Figure[]);
      options.complete = FIGURES.every((figure) => options.only.has(figure));
    } else throw new Error(`Unknown argument "${arg}".\n${USAGE}`);
  }
  if (options.runs !== 30 || options.warmup !== 5) options.complete = false;
  return options;
}
