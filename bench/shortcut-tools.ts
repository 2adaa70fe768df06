import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { nowMs, waitFor, within } from './wait';

const run = promisify(execFile);

/**
 * Pressing a real key combination on an X display and stopping service workers, for the
 * shortcut figure.
 */

/**
 * Presses `keys` (xdotool names, e.g. `alt+shift+k`) on `display`, after bringing `page` to the
 * front, and returns the moment just before xdotool was spawned (epoch ms, the sandbox's clock).
 * The spawn of xdotool is inside the measured time, for our extension and the floor alike.
 */
export async function pressKeys(page: Page, display: string, keys: string): Promise<number> {
  await page.bringToFront();
  const t0 = nowMs();
  await run('xdotool', ['key', '--clearmodifiers', keys], { env: { ...process.env, DISPLAY: display } });
  return t0;
}

/** Running states Chrome reports for a service worker version (`ServiceWorker.workerVersionUpdated`). */
type RunningStatus = 'stopped' | 'starting' | 'running' | 'stopping';

/**
 * Watches the service workers of one browser through the DevTools protocol (on a page's
 * session) and stops them on request, as Chrome does when a worker has been idle.
 */
export class WorkerControl {
  private readonly status = new Map<string, { scriptURL: string; runningStatus: RunningStatus }>();

  private constructor(private readonly session: CDPSession) {
    session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) this.status.set(v.versionId, { scriptURL: v.scriptURL, runningStatus: v.runningStatus as RunningStatus });
    });
  }

  /** Starts watching through a session of `page` (kept open until the browser closes). */
  static async attach(context: BrowserContext, page: Page): Promise<WorkerControl> {
    const session = await context.newCDPSession(page);
    const control = new WorkerControl(session);
    await session.send('ServiceWorker.enable');
    return control;
  }

  /** The running status of the extension's worker versions (`chrome-extension://<id>/…`). */
  statuses(extensionId: string): RunningStatus[] {
    return [...this.status.values()].filter((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)).map((v) => v.runningStatus);
  }

  /** Waits until the extension's worker reports `running` (ms deadline). */
  async running(extensionId: string, timeoutMs = 10_000): Promise<void> {
    await waitFor(() => this.statuses(extensionId).includes('running'), { what: `the service worker of ${extensionId} to run`, timeoutMs, intervalMs: 10 });
  }

  /** Stops every service worker and waits until the extension's reports `stopped`. */
  async stopAll(extensionId: string, timeoutMs = 10_000): Promise<void> {
    await this.session.send('ServiceWorker.stopAllWorkers');
    await waitFor(() => {
      const statuses = this.statuses(extensionId);
      return statuses.length > 0 && statuses.every((s) => s === 'stopped');
    }, { what: `the service worker of ${extensionId} to stop`, timeoutMs, intervalMs: 10 });
  }
}

/**
 * The extension's toolbar badge text, read in its service worker (as the handler of a shortcut
 * leaves it when done: `…` while acting, then the outcome); null when no running worker answers
 * within 2 s (a stopped worker's handle never answers).
 */
export async function badgeText(context: BrowserContext, extensionId: string): Promise<string | null> {
  const worker = context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${extensionId}/`)).at(-1);
  if (!worker) return null;
  return within(worker.evaluate(() => chrome.action.getBadgeText({})), 2_000, 'the badge').catch(() => null);
}
