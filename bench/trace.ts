/**
 * `npx tsx bench/trace.ts [popup.html|options.html]`: records a Chrome trace (DevTools protocol
 * `Tracing`, through Playwright) of one warm open of an extension page, writes it to
 * `bench/tmp/trace-<page>.json` (open it in Chrome DevTools' Performance panel) and prints the
 * page's main-thread tasks longer than 1 ms, in ms since navigation start. This is how the causes
 * in the README's "Performance" section were found. Tracing itself slows the page down.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { SandboxAdmin } from '../e2e/support/sandbox-admin';
import { startSandbox } from '../sandbox/server';
import { installPage, launchBrowser, saveKey, workerExtensionId } from './browser';
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

const file = process.argv[2] === 'options.html' ? 'options.html' : 'popup.html';
const words = { keyLabel: 'API key', saveKey: 'Save key', keySaved: 'Connected. Saved key', start: 'Start timer', stop: 'Stop timer' };
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
  for (const e of events) {
    if (e.pid !== nav.pid || !['I', 'R', 'X'].includes(e.ph)) continue;
    if (['firstContentfulPaint', 'domInteractive', 'MarkDOMContent'].includes(e.name) && e.ts >= nav.ts) console.log(`${ms(e.ts - nav.ts)}  mark  ${e.name}`);
  }
  const tasks = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid && e.ph === 'X' && (e.dur ?? 0) > 1000 && e.ts >= nav.ts && e.ts < nav.ts + 400_000);
  for (const e of tasks.sort((a, b) => a.ts - b.ts)) console.log(`${ms(e.ts - nav.ts)} ${ms(e.dur ?? 0)}  ${e.name} ${e.args?.data?.url?.split('/').pop() ?? ''}`);
  console.log(`\nTrace written to ${out} (ms since navigation start; durations in ms).`);
} finally {
  await cleanup.run();
  await sandbox.close();
}
