import type { BrowserContext } from '@playwright/test';
import type { LoggedRequest, SandboxAccount, SandboxAdmin } from '../e2e/support/sandbox-admin';
import { installPage, launchBrowser, saveKey, workerExtensionId, type PageWords } from './browser';
import type { Cleanup } from './cleanup';
import { budgetReached, type KeyRotation } from './key-budget';
import { timeOpen } from './page-ready';
import type { Row } from './rows';
import { nowMs, pauseUntil, waitFor } from './wait';

/**
 * Requests the sandbox saw: from opening the popup 10 times in a row, and from the service worker
 * alone (no extension page open) over a scheduled time window of a build whose poll periods are
 * scaled down (`WXT_TEST_POLL_SCALE`).
 */

/** Requests ClockMe saw from 10 popup opens in one timer state. */
export interface PopupOpens {
  state: 'idle' | 'running';
  opens: number;
  /** `METHOD /path` of each request, in arrival order. */
  requests: string[];
  /** The extension's own limit (20 a minute per key) was reached: it held requests back, so the popup asked for more than these. */
  heldBack: boolean;
}

/** Waits until every request of `accountId` is answered and none arrived for `quietMs` (ms). */
export async function waitForQuiet(sandbox: SandboxAdmin, accountId: string, quietMs = 1_000, timeoutMs = 30_000): Promise<void> {
  let last = { seq: -1, since: nowMs() };
  await waitFor(
    async () => {
      const requests = await sandbox.requests({ accountId });
      const seq = requests.at(-1)?.seq ?? 0;
      if (seq !== last.seq) last = { seq, since: nowMs() };
      return requests.every((r) => r.status !== null) && nowMs() - last.since >= quietMs;
    },
    { what: `ClockMe to see no request for ${quietMs} ms`, timeoutMs, intervalMs: 100 },
  );
}

const paths = (requests: readonly LoggedRequest[]) => requests.map((r) => `${r.method} ${r.path}`);

/**
 * How long the 10 opens wait after the fresh key's save (ms): its reads of the timer and the
 * projects prime the extension's caches, and the opens should not start within a short
 * freshness window of them (the popup trusts a timer read for 5 s; the project list, for longer).
 */
export const POPUP_OPENS_COOLDOWN_MS = 10_000;

/**
 * Opens the popup `opens` times in a row (each open waits until the timer state is painted, then
 * closes), starting {@link POPUP_OPENS_COOLDOWN_MS} after a freshly saved key (so the extension's
 * own limit of 20 requests a minute cannot hide requests), and returns the account's requests
 * from the first open until things are quiet.
 */
export async function countPopupOpens(context: BrowserContext, popupUrl: string, state: 'idle' | 'running', sandbox: SandboxAdmin, account: SandboxAccount, keys: KeyRotation, opens = 10): Promise<PopupOpens> {
  await keys.rotate();
  const savedAt = performance.now();
  await waitForQuiet(sandbox, account.accountId);
  await pauseUntil(savedAt + POPUP_OPENS_COOLDOWN_MS);
  const before = await sandbox.lastSeq();
  for (let i = 0; i < opens; i += 1) await timeOpen(context, popupUrl, state);
  await waitForQuiet(sandbox, account.accountId);
  const requests = (await sandbox.requests({ accountId: account.accountId })).filter((r) => r.seq > before);
  return { state, opens, requests: paths(requests), heldBack: await budgetReached(sandbox, keys.key) };
}

/** Requests of the service worker alone over one window. */
export interface BackgroundWindow {
  state: 'idle' | 'running';
  /** Real time counted (ms). */
  windowMs: number;
  /** The minutes the extension's alarms scheduled in that time (real ms / scale). */
  scheduledMinutes: number;
  requests: string[];
  perScheduledMinute: number;
  /** The extension's own limit (20 a minute per key) was reached in the window: it held requests back. */
  heldBack: boolean;
}

/** What the background count needs: the poll-scaled build, its scale, an account (its write key is saved), the window length. */
export interface BackgroundEnv {
  cleanup: Cleanup;
  sandbox: SandboxAdmin;
  words: PageWords;
  /** The build with `WXT_TEST_POLL_SCALE=scale`. */
  extensionDir: string;
  scale: number;
  account: SandboxAccount;
  /** Real time per window (ms); 18 000 ms at scale 0.1 is 3 scheduled minutes. */
  windowMs: number;
  log(message: string): void;
}

async function countWindow(env: BackgroundEnv, state: 'idle' | 'running'): Promise<BackgroundWindow> {
  await waitForQuiet(env.sandbox, env.account.accountId);
  const from = nowMs();
  await pauseUntil(performance.now() + env.windowMs);
  const inWindow = (await env.sandbox.requests({ accountId: env.account.accountId })).filter((r) => r.arrivedAtMs >= from && r.arrivedAtMs < from + env.windowMs);
  const scheduledMinutes = env.windowMs / env.scale / 60_000;
  const heldBack = await budgetReached(env.sandbox, env.account.keys.write, from + env.windowMs);
  return { state, windowMs: env.windowMs, scheduledMinutes, requests: paths(inWindow), perScheduledMinute: inWindow.length / scheduledMinutes, heldBack };
}

/**
 * Counts the service worker's requests with no extension page open: a window idle, then (after
 * starting the timer in the popup and closing it) a window running. Headless; its own browser.
 */
export async function countBackground(env: BackgroundEnv): Promise<BackgroundWindow[]> {
  const context = await launchBrowser(env.cleanup, { extensions: [env.extensionDir], headless: true });
  try {
    const id = await workerExtensionId(context);
    const options = await installPage(context, id);
    await saveKey(options, env.words, env.sandbox, env.account.keys.write);
    await context.newPage(); // a blank tab keeps the window open
    await options.close();
    env.log(`background requests, idle (${env.windowMs / 1000} s)`);
    const idle = await countWindow(env, 'idle');
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await popup.getByRole('button', { name: env.words.start }).click({ timeout: 15_000 });
    await popup.getByRole('timer').waitFor({ timeout: 15_000 });
    await popup.close();
    env.log(`background requests, running (${env.windowMs / 1000} s)`);
    const running = await countWindow(env, 'running');
    return [idle, running];
  } finally {
    await context.close();
  }
}

/** The table rows of the request counts. */
export function networkRows(opens: readonly PopupOpens[], background: readonly BackgroundWindow[]): Row[] {
  return [
    ...opens.map(
      (o): Row => ({
        id: `network-popup-opens-${o.state}`,
        label: `Requests of ${o.opens} popup opens, ${o.state}${o.heldBack ? ' (at least: the extension held more back at its limit of 20 a minute)' : ''}`,
        unit: 'requests',
        value: o.requests.length,
      }),
    ),
    ...background.map(
      (b): Row => ({
        id: `network-background-${b.state}`,
        label: `Background requests per minute, ${b.state} (${b.requests.length} in ${b.scheduledMinutes} scheduled min = ${b.windowMs / 1000} s real${b.heldBack ? '; the extension held more back at its limit' : ''})`,
        unit: 'requests/min',
        value: b.perScheduledMinute,
      }),
    ),
  ];
}
