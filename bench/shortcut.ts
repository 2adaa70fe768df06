import type { BrowserContext, Page } from '@playwright/test';
import type { LoggedRequest, SandboxAccount, SandboxAdmin } from '../e2e/support/sandbox-admin';
import { startPrivateDisplay } from '../e2e/support/private-display';
import { DOUBLE_PRESS_MS } from '../utils/background/commands';
import { installPage, launchBrowser, saveKey, settled, workerExtensionId, type PageWords } from './browser';
import type { Cleanup } from './cleanup';
import { writeShortcutFloor } from './floor-extension';
import { busiestKeyWindow, KeyRotation } from './key-budget';
import { timingFigure, type TimingFigure } from './rows';
import { badgeText, pressKeys, WorkerControl } from './shortcut-tools';
import { pauseUntil, waitFor } from './wait';

/**
 * Shortcut to request: from the key press (Alt+Shift+K through xdotool) to `POST /api/timer/start`
 * reaching the sandbox (ms), with the service worker warm and stopped beforehand (CDP), against a
 * floor extension whose service worker is one line sending the same request. Each browser runs
 * headed on an X server of its own (Xvfb), so presses go to one browser and the two can alternate.
 */

/** What the shortcut figures need: the sandbox (origin and admin), our build, an account for ours and one for the floor, run counts. */
export interface ShortcutEnv {
  cleanup: Cleanup;
  sandbox: SandboxAdmin;
  words: PageWords;
  origin: string;
  extensionDir: string;
  account: SandboxAccount;
  floorAccount: SandboxAccount;
  warmup: number;
  runs: number;
  log(message: string): void;
}

/** toggle-timer (measured: it starts the timer) and stop-timer (not measured: it stops it again for the next start). */
const KEYS = 'alt+shift+k';
const STOP_KEYS = 'alt+shift+j';
/** Presses of one command closer than DOUBLE_PRESS_MS are one press for our extension; keep clear of it (ms). */
const PRESS_GAP_MS = DOUBLE_PRESS_MS + 100;
/** Requests of one measured start and the stop after it (a read, then the start or stop, each), plus one to spare. */
const REQUESTS_PER_CYCLE = 5;

/** One browser with its X display, the page keys are pressed on, and its worker control. */
interface Side {
  context: BrowserContext;
  display: string;
  page: Page;
  id: string;
  workers: WorkerControl;
}

async function openSide(env: ShortcutEnv, extensionDir: string, options: 'install-page' | 'none'): Promise<Side & { options: Page | null }> {
  const display = await startPrivateDisplay();
  env.cleanup.add(`stop Xvfb ${display.display}`, () => display.close());
  const context = await launchBrowser(env.cleanup, { extensions: [extensionDir], headless: false, display: display.display });
  const id = await workerExtensionId(context);
  // Chrome opens our options page on install, possibly in a tab opened meanwhile: wait for it first.
  const install = options === 'install-page' ? await installPage(context, id) : null;
  const page = await context.newPage();
  const workers = await WorkerControl.attach(context, page);
  return { context, display: display.display, page, id, workers, options: install };
}

/** The first start or stop of `accountId` after `seq`, waited for up to `timeoutMs`; null when none came. */
async function nextTimerChange(sandbox: SandboxAdmin, accountId: string, seq: number, timeoutMs: number): Promise<LoggedRequest | null> {
  const find = async () => (await sandbox.timerChanges({ accountId })).find((r) => r.seq > seq);
  return waitFor(find, { what: 'a start or stop request', timeoutMs }).catch(() => null);
}

/** Runs the shortcut figures (warm, cold); browsers and displays stay until `env.cleanup` runs. */
export async function runShortcutFigures(env: ShortcutEnv): Promise<TimingFigure[]> {
  const { sandbox, account, floorAccount } = env;
  const ours = await openSide(env, env.extensionDir, 'install-page');
  if (!ours.options) throw new Error('Chrome did not open our options page on install.');
  await saveKey(ours.options, env.words, sandbox, account.keys.write);
  await ours.options.close();
  const keys = new KeyRotation(sandbox, account, account.keys.write, async (key) => {
    const page = await ours.context.newPage();
    await page.goto(`chrome-extension://${ours.id}/options.html`);
    await saveKey(page, env.words, sandbox, key);
    await page.close();
  });

  const projectId = (await sandbox.state(floorAccount.accountId)).projects[0]?.id;
  if (!projectId) throw new Error('The floor account has no project to start a timer on.');
  const floor = await openSide(env, await writeShortcutFloor(env.cleanup, { origin: env.origin, key: floorAccount.keys.write, projectId }), 'none');

  const lastPress = new Map<string, number>();
  let retries = 0;
  /**
   * Presses `keys` on our side until a request of `path` arrives (a press while the previous one
   * of the same shortcut is still acted on is the same press); returns it and t0.
   */
  async function pressOurs(keys: string, path: string): Promise<{ t0: number; request: LoggedRequest }> {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await pauseUntil((lastPress.get(keys) ?? 0) + PRESS_GAP_MS);
      const before = await sandbox.lastSeq();
      const t0 = await pressKeys(ours.page, ours.display, keys);
      lastPress.set(keys, performance.now());
      const request = await nextTimerChange(sandbox, account.accountId, before, 5_000);
      if (request && request.path !== path) throw new Error(`Expected ${path} after the press but ClockMe got ${request.path}: the timer was not in the state the benchmark expected.`);
      if (request) return { t0, request };
      retries += 1;
    }
    throw new Error(`Three presses of ${keys} sent no ${path}.`);
  }

  /** Waits until ClockMe answered and the press's handler is done: the badge shows the outcome (no longer `…`). */
  async function actedOn(shows: (badge: string) => boolean, what: string) {
    await settled(sandbox, { accountId: account.accountId });
    await waitFor(async () => {
      const badge = await badgeText(ours.context, ours.id);
      return badge !== null && shows(badge);
    }, { what: `the badge to show ${what}`, timeoutMs: 10_000, intervalMs: 25 });
  }
  async function measureOurs(cold: boolean): Promise<number> {
    await keys.ensure(REQUESTS_PER_CYCLE);
    await settled(sandbox, { accountId: account.accountId });
    if (cold) await ours.workers.stopAll(ours.id);
    else await ours.workers.running(ours.id);
    const { t0, request } = await pressOurs(KEYS, '/api/timer/start');
    await actedOn((badge) => /^\d/.test(badge), 'a running timer');
    // Not measured. stop-timer, not a second toggle-timer: a toggle pressed while the first is
    // still being finished (after its badge is drawn) would be taken for the same press.
    await pressOurs(STOP_KEYS, '/api/timer/stop');
    await actedOn((badge) => badge === '', 'no timer');
    return request.arrivedAtMs - t0;
  }
  async function measureFloor(cold: boolean): Promise<number> {
    if (cold) await floor.workers.stopAll(floor.id);
    // Woken by the previous (cold) press; during warm-up it may still be asleep.
    else await floor.workers.running(floor.id, 0).catch(() => undefined);
    const before = await sandbox.lastSeq();
    const t0 = await pressKeys(floor.page, floor.display, KEYS);
    const request = await nextTimerChange(sandbox, floorAccount.accountId, before, 5_000);
    if (!request) throw new Error(`The floor extension sent nothing after ${KEYS}.`);
    await settled(sandbox, { accountId: floorAccount.accountId });
    await sandbox.stopTimerElsewhere(floorAccount.accountId).catch(() => undefined);
    return request.arrivedAtMs - t0;
  }

  const samples = { warm: { ours: [] as number[], floor: [] as number[] }, cold: { ours: [] as number[], floor: [] as number[] } };
  for (let i = 0; i < env.warmup + env.runs; i += 1) {
    if (i === env.warmup) env.log('shortcut: warm-up done, measuring');
    for (const cold of [false, true]) {
      for (const side of i % 2 === 0 ? (['ours', 'floor'] as const) : (['floor', 'ours'] as const)) {
        const ms = side === 'ours' ? await measureOurs(cold) : await measureFloor(cold);
        if (i >= env.warmup) samples[cold ? 'cold' : 'warm'][side].push(ms);
      }
    }
  }
  const checks = { keyRotations: keys.rotations, repeatedPresses: retries, busiestKeyIn61s: await busiestKeyWindow(sandbox, account.accountId) };
  return [
    timingFigure('shortcut-warm', 'Shortcut to start request, service worker warm (headed, Xvfb)', samples.warm.ours, samples.warm.floor, checks),
    timingFigure('shortcut-cold', 'Shortcut to start request, service worker stopped first (headed, Xvfb)', samples.cold.ours, samples.cold.floor, checks),
  ];
}
