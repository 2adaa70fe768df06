import { checkBudgets } from '../budgets';
import { markdownTable, README_END, README_START, replaceReadmeResults, runLine } from '../report';
import type { Row } from '../rows';

const rows: Row[] = [
  { id: 'popup-idle', label: 'Popup ready, idle', unit: 'ms', value: 48.25, p95: 61, floor: 30, ratio: 48.25 / 30 },
  { id: 'bundle-background-js', label: 'Background JS | gzip', unit: 'bytes', value: 29_500 },
  { id: 'bundle-zip', label: 'Packed .zip', unit: 'bytes', value: 170_428 },
  { id: 'network-background-idle', label: 'Background requests per minute, idle', unit: 'requests/min', value: 0.5 },
];

describe('markdownTable', () => {
  const table = markdownTable(rows, checkBudgets(rows)).split('\n');

  it('has the header and one line per row', () => {
    expect(table[0]).toBe('| Figure | Median | p95 | Floor median | Ratio | Budget | ✓/✗ |');
    expect(table).toHaveLength(2 + rows.length);
  });
  it('shows a timing with its p95, floor, ratio and verdict', () => {
    expect(table[2]).toBe('| Popup ready, idle | 48.3 ms | 61.0 ms | 30.0 ms | 1.61× | ≤ 1.5× floor | ✗ |');
  });
  it('shows a size in KB with dashes for what it has not, escaping pipes', () => {
    expect(table[3]).toBe('| Background JS \\| gzip | 29.5 KB | — | — | — | ≤ 30.0 KB | ✓ |');
  });
  it('leaves the verdict empty for a row without a budget', () => {
    expect(table[4]).toBe('| Packed .zip | 170.4 KB | — | — | — | — |  |');
    expect(table[5]).toBe('| Background requests per minute, idle | 0.50/min | — | — | — | ≤ 3.00/min | ✓ |');
  });
});

describe('replaceReadmeResults', () => {
  it('replaces only the text between the markers', () => {
    const readme = `# X\n\n## Performance\n${README_START}\nold table\n${README_END}\n\nHow to rerun.\n`;
    expect(replaceReadmeResults(readme, 'new table\n')).toBe(`# X\n\n## Performance\n${README_START}\nnew table\n${README_END}\n\nHow to rerun.\n`);
  });
  it('refuses a README without the markers', () => {
    expect(() => replaceReadmeResults('# X\n', 'table')).toThrow(/bench:results:start/);
  });
});

describe('runLine', () => {
  const base = {
    date: '2026-11-29T18:19:40.000Z',
    machine: { cpu: 'AMD EPYC', cores: 2, memoryGB: 24, os: 'Linux', node: 'v20', chromium: 'Chrome/156', load: { start: 2.3, end: 2.2 } },
    settings: { runs: 30, warmup: 5, apiDelayMs: 300, pollScale: 0.1, backgroundWindowMs: 18_000 },
  } as unknown as Parameters<typeof runLine>[0];

  it('names the runs and warm-up of a run that timed something', () => {
    expect(runLine({ ...base, partial: null })).toContain('Chrome/156; 30 runs after 5 warm-up; load average 2.30 → 2.20.');
    expect(runLine({ ...base, partial: ['popup'] })).toContain('30 runs after 5 warm-up');
  });
  it('leaves them out of a run that only counted bytes and requests', () => {
    expect(runLine({ ...base, partial: ['sizes', 'network'] })).toBe('Run 2026-11-29 18:19 UTC on AMD EPYC (2 cores, 24 GB), Linux, Node v20, Chrome/156; load average 2.30 → 2.20. Partial run: sizes, network.');
  });
});
