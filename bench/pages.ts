import type { BrowserContext } from '@playwright/test';
import type { SandboxAccount, SandboxAdmin } from '../e2e/support/sandbox-admin';
import { browserVersion, installPage, launchBrowser, saveKey, settled, workerExtensionId, type PageWords } from './browser';
import type { Cleanup } from './cleanup';
import type { FloorPagesExtension } from './floor-extension';
import { busiestKeyWindow, KeyRotation } from './key-budget';
import { countPopupOpens, type PopupOpens } from './network';
import { installReadyProbe, timeOpen, type OpenTiming, type ReadyCondition } from './page-ready';
import { timingFigure, type TimingFigure } from './rows';
import { median } from './stats';
import { waitFor } from './wait';

/**
 * The page figures, in one headless browser with our extension and the floor-pages extension:
 * popup ready (idle, then running) and options ready, each against its floor, with the sandbox
 * answering every request of our key 300 ms late; then the requests of 10 popup opens.
 */

/** How every API request of our key is delayed while pages are timed (ms). */
export const API_DELAY_MS = 300;

/** What the page figures need: the sandbox, our build, the floor pages, an account (its write key is saved), run counts. */
export interface PagesEnv {
  cleanup: Cleanup;
  sandbox: SandboxAdmin;
  words: PageWords;
  /** Our built extension (`chrome-mv3`). */
  extensionDir: string;
  floor: FloorPagesExtension;
  account: SandboxAccount;
  warmup: number;
  runs: number;
  /** Which of the figures to measure. */
  figures: ReadonlySet<'popup' | 'options' | 'network'>;
  log(message: string): void;
}

/** The page figures (ms), the requests of 10 popup opens, and what the run needed to know. */
export interface PagesResult {
  figures: TimingFigure[];
  popupOpens: PopupOpens[];
  /** The browser's own version string (`Chrome/156.0.…`). */
  chromium: string;
  /** Fresh keys saved to stay within the extension's own request limit (see key-budget.ts). */
  keyRotations: number;
  /** The most requests one key sent in 61 s while pages were timed: below 20, none was held back. */
  busiestKey: number;
}

interface Target {
  url: string;
  condition: ReadyCondition;
}

/** Times `ours` and `floor` alternately (ms), `warmup` pairs discarded, then `runs` pairs kept; the order flips every pair. */
async function timePairs(context: BrowserContext, ours: Target, floor: Target, env: PagesEnv, keys: KeyRotation): Promise<{ ours: OpenTiming[]; floor: OpenTiming[] }> {
  const kept = { ours: [] as OpenTiming[], floor: [] as OpenTiming[] };
  let perOpen = 2;
  for (let i = 0; i < env.warmup + env.runs; i += 1) {
    for (const side of i % 2 === 0 ? (['ours', 'floor'] as const) : (['floor', 'ours'] as const)) {
      // Nothing of the previous open may still be running: each open starts from a quiet extension.
      await settled(env.sandbox, { accountId: env.account.accountId });
      // Room for this open and a background poll that may come meanwhile.
      if (side === 'ours') await keys.ensure(perOpen + 3);
      const before = await env.sandbox.lastSeq();
      const timing = await timeOpen(context, side === 'ours' ? ours.url : floor.url, side === 'ours' ? ours.condition : floor.condition);
      if (i >= env.warmup) kept[side].push(timing);
      if (side === 'ours') {
        await settled(env.sandbox, { accountId: env.account.accountId });
        perOpen = Math.max(perOpen, (await env.sandbox.requests({ accountId: env.account.accountId })).filter((r) => r.seq > before).length);
      }
    }
  }
  return kept;
}

function figureOf(id: string, label: string, timings: { ours: OpenTiming[]; floor: OpenTiming[] }): TimingFigure {
  const lag = (pick: (t: OpenTiming) => number | null) => {
    const gaps = timings.floor.map((t) => (pick(t) === null ? null : t.readyMs - pick(t)!)).filter((gap): gap is number => gap !== null);
    return gaps.length > 0 ? median(gaps) : null;
  };
  const fcp = timings.ours.map((t) => t.fcpMs).filter((x): x is number => x !== null);
  return timingFigure(
    id,
    label,
    timings.ours.map((t) => t.readyMs),
    timings.floor.map((t) => t.readyMs),
    {
      floorReadyMinusFcpMs: lag((t) => t.fcpMs),
      floorReadyMinusFcpPaintTimeMs: lag((t) => t.fcpPaintMs),
      oursFcpMedianMs: fcp.length > 0 ? median(fcp) : null,
    },
  );
}

/**
 * Opens the popup, presses `button` ("Start timer" or "Stop timer"), and waits until the popup
 * shows the outcome and ClockMe has answered the start or stop (not merely queued it).
 */
async function pressInPopup(context: BrowserContext, url: string, env: PagesEnv, keys: KeyRotation, button: string, outcome: ReadyCondition): Promise<void> {
  await keys.ensure(6);
  const before = await env.sandbox.lastSeq();
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.getByRole('button', { name: button }).click({ timeout: 15_000 });
    await (outcome === 'running' ? page.getByRole('timer') : page.getByRole('button', { name: env.words.start })).waitFor({ timeout: 15_000 });
    const path = outcome === 'running' ? '/api/timer/start' : '/api/timer/stop';
    await waitFor(async () => (await env.sandbox.timerChanges({ accountId: env.account.accountId })).some((r) => r.seq > before && r.path === path && r.status !== null), { what: `ClockMe to answer ${path}`, timeoutMs: 15_000 });
    await settled(env.sandbox, { accountId: env.account.accountId });
  } finally {
    await page.close();
  }
}

/** Runs the page figures (see the module comment); the browser stays open until `env.cleanup` runs. */
export async function runPageFigures(env: PagesEnv): Promise<PagesResult> {
  const context = await launchBrowser(env.cleanup, { extensions: [env.extensionDir, env.floor.dir], headless: true });
  await installReadyProbe(context, env.words);
  const id = await workerExtensionId(context);
  const options = await installPage(context, id);
  await saveKey(options, env.words, env.sandbox, env.account.keys.write);
  const chromium = await browserVersion(context, options);
  // One tab of each extension stays open (an image of ours, a blank page of the floor), so both
  // keep a renderer process between opens, as our service worker would keep ours anyway.
  for (const url of [`chrome-extension://${id}/icon/128.png`, env.floor.url.keepAlive]) await (await context.newPage()).goto(url);
  await options.close();

  // While pages are timed, every request of the key in use is answered API_DELAY_MS late.
  let delay: { faultId: string } | null = null;
  const delayRequests = async (key: string | null) => {
    if (delay) await env.sandbox.removeFault(delay.faultId);
    delay = key ? await env.sandbox.injectFault({ delayMs: API_DELAY_MS, count: 1_000_000, key }) : null;
  };
  const keys = new KeyRotation(env.sandbox, env.account, env.account.keys.write, async (key) => {
    const delayed = delay !== null;
    await delayRequests(null);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/options.html`);
    await saveKey(page, env.words, env.sandbox, key);
    await page.close();
    if (delayed) await delayRequests(key);
  });

  const popup = `chrome-extension://${id}/popup.html`;
  const pair = (condition: ReadyCondition, ourUrl: string, floorUrl: string) => timePairs(context, { url: ourUrl, condition }, { url: floorUrl, condition }, env, keys);
  const figures: TimingFigure[] = [];
  await delayRequests(keys.key);
  try {
    if (env.figures.has('popup')) {
      env.log('popup ready, idle');
      figures.push(figureOf('popup-idle', `Popup ready, idle (Start timer painted; API answers in ${API_DELAY_MS} ms)`, await pair('idle', popup, env.floor.url.idle)));
      await pressInPopup(context, popup, env, keys, env.words.start, 'running');
      env.log('popup ready, running');
      figures.push(figureOf('popup-running', `Popup ready, running (ticking timer painted; API answers in ${API_DELAY_MS} ms)`, await pair('running', popup, env.floor.url.running)));
    }
    if (env.figures.has('options')) {
      env.log('options ready');
      figures.push(figureOf('options', `Options ready (API key field enabled, painted; API answers in ${API_DELAY_MS} ms)`, await pair('options', `chrome-extension://${id}/options.html`, env.floor.url.options)));
    }
  } finally {
    await delayRequests(null);
  }
  const busiestKey = await busiestKeyWindow(env.sandbox, env.account.accountId);

  const popupOpens: PopupOpens[] = [];
  if (env.figures.has('network')) {
    env.log('requests of 10 popup opens');
    const running = (await env.sandbox.state(env.account.accountId)).timer !== null;
    if (!running) await pressInPopup(context, popup, env, keys, env.words.start, 'running');
    popupOpens.push(await countPopupOpens(context, popup, 'running', env.sandbox, env.account, keys));
    await pressInPopup(context, popup, env, keys, env.words.stop, 'idle');
    popupOpens.push(await countPopupOpens(context, popup, 'idle', env.sandbox, env.account, keys));
  }
  return { figures, popupOpens, chromium, keyRotations: keys.rotations, busiestKey };
}
