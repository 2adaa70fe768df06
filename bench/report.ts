import type { AttributionReport } from './attribution';
import type { Verdict } from './budgets';
import type { BundleReport } from './bundle';
import type { Machine } from './machine';
import type { BackgroundWindow, PopupOpens } from './network';
import { formatValue, type Row, type TimingFigure } from './rows';

/** Everything one run measured, as written to `bench/results.json`. */
export interface Results {
  /** When the run started (ISO-8601 UTC). */
  date: string;
  /** The figures measured, when not all of them were (`--only`, fewer runs); null for a complete run. */
  partial: string[] | null;
  machine: Machine;
  settings: { runs: number; warmup: number; apiDelayMs: number; pollScale: number; backgroundWindowMs: number };
  rows: Row[];
  budgets: Verdict[];
  timings: TimingFigure[];
  bundle: BundleReport | null;
  attribution: AttributionReport | null;
  network: { popupOpens: PopupOpens[]; background: BackgroundWindow[] } | null;
  notes: string[];
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The results table (Markdown): figure, median, p95, floor median, ratio, budget, ✓/✗. */
export function markdownTable(rows: readonly Row[], verdicts: readonly Verdict[]): string {
  const lines = ['| Figure | Median | p95 | Floor median | Ratio | Budget | ✓/✗ |', '|---|---:|---:|---:|---:|---|:-:|'];
  for (const row of rows) {
    const verdict = verdicts.find((v) => v.row === row.id);
    const mark = verdict ? (verdict.pass === true ? '✓' : '✗') : '';
    lines.push(
      `| ${cell(row.label)} | ${formatValue(row.unit, row.value)} | ${row.p95 === undefined ? '—' : formatValue(row.unit, row.p95)} | ${row.floor === undefined ? '—' : formatValue(row.unit, row.floor)} | ${row.ratio === undefined || row.ratio === null ? '—' : `${row.ratio.toFixed(2)}×`} | ${verdict ? cell(verdict.text) : '—'} | ${mark} |`,
    );
  }
  return lines.join('\n');
}

/** One line naming when and where the run measured. */
export function runLine(results: Pick<Results, 'date' | 'machine' | 'settings' | 'partial'>): string {
  const m = results.machine;
  const load = m.load.end === null ? `${m.load.start.toFixed(2)}` : `${m.load.start.toFixed(2)} → ${m.load.end.toFixed(2)}`;
  const scope = results.partial ? ` Partial run: ${results.partial.join(', ')}.` : '';
  // Runs and warm-up mean something only when a timing figure ran (sizes and network time nothing).
  const timed = !results.partial || results.partial.some((figure) => ['popup', 'options', 'shortcut'].includes(figure));
  const runs = timed ? `; ${results.settings.runs} runs after ${results.settings.warmup} warm-up` : '';
  return `Run ${results.date.slice(0, 16).replace('T', ' ')} UTC on ${m.cpu} (${m.cores} cores, ${m.memoryGB} GB), ${m.os}, Node ${m.node}, ${m.chromium}${runs}; load average ${load}.${scope}`;
}

function bundleSection(bundle: BundleReport, attribution: AttributionReport | null): string[] {
  const lines = ['', '## Bundle', '', '| Entry | File | Loaded | Bytes | Gzip (level 9) |', '|---|---|---|---:|---:|'];
  for (const entry of bundle.entries) {
    for (const [when, files] of [['on open', entry.onOpen], ['lazily', entry.lazy]] as const) {
      for (const f of files) lines.push(`| ${entry.entry} | \`${f.file}\`${bundle.shared.includes(f.file) ? ' (shared)' : ''} | ${when} | ${f.bytes} | ${f.gzip} |`);
    }
  }
  if (!attribution) return lines;
  lines.push('', '### Bytes by package (JavaScript loaded at once, from the source-map build; gzip estimated in proportion)');
  for (const entry of attribution.entries) {
    lines.push('', `**${entry.entry}** (${formatValue('bytes', entry.bytes)} minified)`, '', '| Package | Minified | Share | ≈ Gzip |', '|---|---:|---:|---:|');
    for (const p of entry.top) lines.push(`| ${cell(p.name)} | ${formatValue('bytes', p.bytes)} | ${(p.share * 100).toFixed(1)} % | ${formatValue('bytes', p.gzipEstimate)} |`);
  }
  lines.push('', `Modules in two chunks of the same build: ${attribution.duplicated.length === 0 ? 'none' : attribution.duplicated.map((d) => `\`${d.source}\` (${d.files.join(', ')})`).join('; ')}.`);
  lines.push(`Modules bundled both into the service worker and the pages (separate builds, cannot share a chunk): ${attribution.inWorkerAndPages.length}.`);
  return lines;
}

/** `bench/results.md`: the run line, the table, then the bundle's details and the method checks. */
export function resultsMarkdown(results: Results): string {
  const lines = ['# Benchmark results', '', runLine(results), '', markdownTable(results.rows, results.budgets)];
  if (results.bundle) lines.push(...bundleSection(results.bundle, results.attribution));
  if (results.network) {
    lines.push('', '## Requests', '');
    for (const o of results.network.popupOpens) lines.push(`- ${o.opens} popup opens, ${o.state}: ${o.requests.length} (${o.requests.join(', ') || 'none'})`);
    for (const b of results.network.background) lines.push(`- Background, ${b.state}, ${b.scheduledMinutes} scheduled min: ${b.requests.length} (${b.requests.join(', ') || 'none'})`);
  }
  const checks = results.timings.filter((t) => t.checks);
  if (checks.length > 0) {
    lines.push('', '## Method checks (ms)', '');
    for (const t of checks) lines.push(`- ${t.id}: ${Object.entries(t.checks!).map(([k, v]) => `${k} ${v === null ? '—' : Number.isInteger(v) ? v : v.toFixed(1)}`).join(', ')}`);
  }
  if (results.notes.length > 0) lines.push('', '## Notes', '', ...results.notes.map((note) => `- ${note}`));
  return `${lines.join('\n')}\n`;
}

export const README_START = '<!-- bench:results:start -->';
export const README_END = '<!-- bench:results:end -->';

/** The README with the text between the results markers replaced. @throws Error when the markers are missing. */
export function replaceReadmeResults(readme: string, text: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${README_START} … ${README_END} block for the results.`);
  return `${readme.slice(0, start + README_START.length)}\n${text.trim()}\n${readme.slice(end)}`;
}
