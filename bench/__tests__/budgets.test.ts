import { allPassed, checkBudgets, type Budget } from '../budgets';
import type { Row } from '../rows';

const popup: Row = { id: 'popup-idle', label: 'Popup ready (idle)', unit: 'ms', value: 30, p95: 40, floor: 20, ratio: 1.5 };
const slowPopup: Row = { ...popup, value: 31, ratio: 1.55 };
const background: Row = { id: 'bundle-background-js', label: 'Background JS', unit: 'bytes', value: 30_001 };

describe('checkBudgets', () => {
  it('passes a ratio exactly at the limit and fails one above it', () => {
    expect(checkBudgets([popup])).toEqual([expect.objectContaining({ row: 'popup-idle', text: '≤ 1.5× floor', actual: 1.5, pass: true })]);
    expect(checkBudgets([slowPopup])[0]).toMatchObject({ actual: 1.55, pass: false });
  });

  it('checks sizes in bytes (1 KB = 1000 bytes)', () => {
    expect(checkBudgets([background])[0]).toMatchObject({ text: '≤ 30.0 KB', actual: 30_001, pass: false });
    expect(checkBudgets([{ ...background, value: 30_000 }])[0]).toMatchObject({ pass: true });
  });

  it('says "none" for a zero budget and leaves out budgets of rows that were not measured', () => {
    const duplicates: Row = { id: 'bundle-duplicated-modules', label: 'Modules in two chunks', unit: 'modules', value: 2 };
    expect(checkBudgets([duplicates])).toEqual([expect.objectContaining({ text: 'none', actual: 2, pass: false })]);
  });

  it('has no verdict without a floor ratio, which counts as missed', () => {
    const noFloor: Row = { ...popup, ratio: null };
    const verdicts = checkBudgets([noFloor]);
    expect(verdicts[0]).toMatchObject({ actual: null, pass: null });
    expect(allPassed(verdicts)).toBe(false);
  });

  it('takes budgets of its own', () => {
    const budgets: Budget[] = [{ row: 'popup-idle', on: 'value', max: 25 }];
    expect(checkBudgets([popup], budgets)[0]).toMatchObject({ text: '≤ 25.0 ms', actual: 30, pass: false });
    expect(allPassed(checkBudgets([popup]))).toBe(true);
  });
});
