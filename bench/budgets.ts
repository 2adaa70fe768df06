import { formatValue, type Row } from './rows';

/**
 * The budgets of issue 7, checked against a run's rows (pure). 1 KB = 1000 bytes, sizes are gzip
 * (zlib level 9); ratios compare medians with the floor measured in the same run.
 */
export interface Budget {
  /** The row it applies to. */
  row: string;
  /** `ratio`: the row's median / floor median; `value`: the row's value in its unit. */
  on: 'ratio' | 'value';
  /** The largest passing number (inclusive). */
  max: number;
}

export const BUDGETS: readonly Budget[] = [
  { row: 'popup-idle', on: 'ratio', max: 1.5 },
  { row: 'popup-running', on: 'ratio', max: 1.5 },
  { row: 'options', on: 'ratio', max: 2 },
  { row: 'shortcut-warm', on: 'ratio', max: 1.3 },
  { row: 'shortcut-cold', on: 'ratio', max: 2 },
  { row: 'bundle-background-js', on: 'value', max: 30_000 },
  { row: 'bundle-popup-js-open', on: 'value', max: 80_000 },
  { row: 'bundle-duplicated-modules', on: 'value', max: 0 },
  { row: 'network-popup-opens-idle', on: 'value', max: 10 },
  { row: 'network-popup-opens-running', on: 'value', max: 10 },
  { row: 'network-background-idle', on: 'value', max: 3 },
  { row: 'network-background-running', on: 'value', max: 3 },
];

/** A budget's outcome: the number compared, and whether it passed (null: the row was not measured or has no ratio). */
export interface Verdict {
  row: string;
  budget: Budget;
  /** The budget in words, e.g. `≤ 1.5× floor`, `≤ 80.0 KB`, `none`. */
  text: string;
  actual: number | null;
  pass: boolean | null;
}

/** The budget in words for the table (`≤ 1.5× floor`, `≤ 30.0 KB`, `≤ 3.00/min`, `none`). */
export function budgetText(budget: Budget, row: Pick<Row, 'unit'>): string {
  if (budget.on === 'ratio') return `≤ ${budget.max}× floor`;
  if (budget.max === 0) return 'none';
  return `≤ ${formatValue(row.unit, budget.max)}`;
}

/** Checks every budget whose row is among `rows`; budgets of rows not measured are left out. */
export function checkBudgets(rows: readonly Row[], budgets: readonly Budget[] = BUDGETS): Verdict[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return budgets.flatMap((budget) => {
    const row = byId.get(budget.row);
    if (!row) return [];
    const actual = budget.on === 'ratio' ? (row.ratio ?? null) : row.value;
    return [{ row: row.id, budget, text: budgetText(budget, row), actual, pass: actual === null ? null : actual <= budget.max }];
  });
}

/** True when every checked budget passed (a budget without a number counts as missed). */
export function allPassed(verdicts: readonly Verdict[]): boolean {
  return verdicts.every((verdict) => verdict.pass === true);
}
