/**
 * `npx tsx bench/trace.ts [popup.html|options.html]`: records a Chrome trace (DevTools protocol
 * `Tracing`, through Playwright) of one warm open of an extension page, writes it to
 * `bench/tmp/trace-<file>.json` (e.g. `trace-popup.html.json`; open it in Chrome DevTools'
 * Performance panel) and prints what the page's main thread did, in plain words, in ms since
 * navigation start. This is how the causes in the README's "Performance" section were found.
 * Tracing itself slows the page down, and the sandbox answers at once here (no 300 ms delay).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { SandboxAdmin } from '../e2e/support/sandbox-admin';
import { startSandbox } from '../sandbox/server';
import { installPage, launchBrowser, pageWords, saveKey, workerExtensionId } from './browser';
import { buildExtension } from './build';
import { Cleanup } from './cleanup';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string; documentLoaderURL?: string } };
}

const file = process.argv[2] ?? 'popup.html';
if (file !== 'popup.html' && file !== 'options.html') {
  console.error('Usage: npx tsx bench/trace.ts [popup.html|options.html]');
  process.exit(2);
}
/** The trace events printed, in plain words (the rest is in the trace file). */
const SHOWN: Record<string, string> = {
  ParseHTML: 'parse the HTML',
  'ResourceFetcher::requestResource': 'ask for a file',
  'ThrottlingURLLoader::OnReceiveResponse': 'a file arrives',
  'v8.evaluateModule': 'run the module scripts',
  EvaluateScript: 'run a script',
  FunctionCall: 'JavaScript callback (e.g. React rendering)',
  RunMicrotasks: 'promise callbacks (e.g. a storage answer)',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  Paint: 'paint',
};
const words = await pageWords();
const readyName = file === 'popup.html' ? words.start : words.saveKey;
const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'loading', 'toplevel', 'blink.user_timing'];

const cleanup = new Cleanup();
const sandbox = await startSandbox({ port: 0 });
try {
  const admin = new SandboxAdmin(sandbox.origin);
  const build = await buildExtension(cleanup, 'trace', { origin: sandbox.origin });
  const context = await launchBrowser(cleanup, { extensions: [build.dir], headless: true });
  const id = await workerExtensionId(context);
  const options = await installPage(context, id);
  await saveKey(options, words, admin, (await admin.createAccount('trace')).keys.write);
  const url = `chrome-extension://${id}/${file}`;
  const open = async () => {
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('button', { name: readyName }).waitFor();
    return page;
  };
  for (let i = 0; i < 5; i++) await (await open()).close(); // warm: V8's code cache, the renderer

  const cdp = await context.newCDPSession(options);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories } });
  await open();
  await cdp.send('Tracing.end');
  await complete;

  await mkdir('bench/tmp', { recursive: true });
  const out = `bench/tmp/trace-${file}.json`;
  await writeFile(out, JSON.stringify({ traceEvents: events }));
  const nav = events.filter((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.endsWith(file)).at(-1);
  if (!nav) throw new Error(`No navigation to ${file} in the trace.`);
  const ms = (us: number) => (us / 1000).toFixed(1).padStart(7);
  const after = events.filter((e) => e.pid === nav.pid && e.ts >= nav.ts && e.ts < nav.ts + 400_000).sort((a, b) => a.ts - b.ts);
  const marks = new Map<string, number>();
  for (const e of after) if (['domInteractive', 'MarkDOMContent', 'firstContentfulPaint'].includes(e.name) && !marks.has(e.name)) marks.set(e.name, e.ts);
  console.log(`${file}, one warm open; ms since navigation start\n  at ms  dur ms  what the main thread did`);
  const rows = after.filter((e) => e.tid === nav.tid && e.ph === 'X' && SHOWN[e.name] && (e.dur ?? 0) >= 300).map((e) => ({ at: e.ts, line: `${ms(e.ts - nav.ts)} ${ms(e.dur ?? 0)}  ${SHOWN[e.name]} ${e.args?.data?.url?.split('/').pop() ?? ''}` }));
  for (const [name, at] of marks) rows.push({ at, line: `${ms(at - nav.ts)}          mark: ${name}` });
  for (const row of rows.sort((a, b) => a.at - b.at)) console.log(row.line);
  console.log(`\nTrace written to ${out} (ms since navigation start; durations in ms).`);
} finally {
  await cleanup.run();
  await sandbox.close();
}
