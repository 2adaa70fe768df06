import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { readMessages } from '../e2e/support/locales';
import type { SandboxAdmin } from '../e2e/support/sandbox-admin';
import type { Cleanup } from './cleanup';
import { waitFor } from './wait';

/** Debian's Chromium honours `--load-extension`; override with CHROMIUM_PATH (as the e2e tests). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Options of {@link launchBrowser}. */
export interface LaunchOptions {
  /** Unpacked extension folders to load (`--load-extension=a,b`). */
  extensions: string[];
  /** Headed browsers need `display` (an X display such as `:42`). */
  headless: boolean;
  display?: string;
}

/**
 * Launches Chromium on a fresh profile with only `extensions`, with the e2e tests' arguments
 * (see e2e/fixtures.ts). The browser and its profile folder are removed by `cleanup`.
 */
export async function launchBrowser(cleanup: Cleanup, options: LaunchOptions): Promise<BrowserContext> {
  const profile = await mkdtemp(path.join(tmpdir(), 'clockme-bench-profile-'));
  cleanup.add(`remove the profile ${profile}`, () => rm(profile, { recursive: true, force: true }));
  const list = options.extensions.join(',');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless,
    ...(options.display ? { env: { ...process.env, DISPLAY: options.display } } : {}),
    args: [`--disable-extensions-except=${list}`, `--load-extension=${list}`, '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu'],
  });
  cleanup.add('close Chromium', () => context.close());
  return context;
}

/** The id of the (only) extension with a service worker in `context`, from the worker's URL. */
export async function workerExtensionId(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return new URL(worker.url()).host;
}

/** The options page Chrome opens by itself when the extension is installed, loaded. */
export async function installPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const url = `chrome-extension://${extensionId}/options.html`;
  const page = await waitFor(() => context.pages().find((p) => p.url() === url), { what: 'Chrome to open the options page on install', timeoutMs: 15_000 });
  await page.waitForLoadState();
  return page;
}

/** The words the benchmark looks for, from `locales/en.yml` (Chromium runs in English). */
export interface PageWords {
  /** The key field's label ("API key"). */
  keyLabel: string;
  /** "Save key". */
  saveKey: string;
  /** The start of the status after a saved key ("Connected. Saved key"). */
  keySaved: string;
  /** The popup's "Start timer" and "Stop timer". */
  start: string;
  stop: string;
}

/** The {@link PageWords} from `locales/en.yml`, as Chromium runs in English. */
export async function pageWords(): Promise<PageWords> {
  const message = await readMessages('en');
  return { keyLabel: message('key.label'), saveKey: message('key.save'), keySaved: message('key.saved').split('$1')[0]!.trim(), start: message('popup.start'), stop: message('popup.stop') };
}

/**
 * Saves `key` on the options page (as a person pastes it) and waits until the page says it is
 * connected and ClockMe (the sandbox) has answered every request the save made.
 */
export async function saveKey(page: Page, words: PageWords, sandbox: SandboxAdmin, key: string): Promise<void> {
  await page.getByLabel(words.keyLabel, { exact: true }).fill(key);
  await page.getByRole('button', { name: words.saveKey }).click();
  await page.getByRole('status').filter({ hasText: words.keySaved }).waitFor({ timeout: 15_000 });
  await settled(sandbox, { key });
}

/** Waits until the sandbox has answered every request matching `filter` (ms deadline `timeoutMs`). */
export async function settled(sandbox: SandboxAdmin, filter: { key?: string; accountId?: string }, timeoutMs = 15_000): Promise<void> {
  await waitFor(async () => (await sandbox.unanswered(filter)) === 0, { what: 'the sandbox to answer every request', timeoutMs });
}

/** Chromium's version as the browser reports it (`Chrome/156.0.8078.108`), through the DevTools protocol. */
export async function browserVersion(context: BrowserContext, page: Page): Promise<string> {
  const session = await context.newCDPSession(page);
  try {
    return (await session.send('Browser.getVersion')).product;
  } finally {
    await session.detach();
  }
}
