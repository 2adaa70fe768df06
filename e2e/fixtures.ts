import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { SandboxAdmin, type SandboxAccount } from './support/sandbox-admin';

/** Debian's Chromium honours `--load-extension`; override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The per-test Chromium profile (user-data-dir) and the browsers launched on it, one at a time. */
export interface BrowserProfile {
  readonly userDataDir: string;
  /** The browser launched last: the one tests talk to. */
  readonly current: BrowserContext;
  /** Launches Chromium with only our extension on this profile (the previous browser must be closed). */
  launch(): Promise<BrowserContext>;
}

interface Fixtures {
  /** Launch headed (needs an X display) so real key presses reach Chrome. */
  headed: boolean;
  /** The time zone Chromium runs in (its `TZ`), e.g. `Europe/Berlin`; `undefined`: the machine's. */
  timeZone: string | undefined;
  /**
   * Chrome's language for the extension, e.g. `de`; `undefined`: Chromium's own (English).
   * Debian's Chromium ships only the en-US UI pack, so `LANGUAGE`/`LANG` do nothing: `--lang`
   * picks the extension's `_locales` folder, and the same `locale` makes
   * `chrome.i18n.getUILanguage()` (hence `Intl` formatting) and `navigator.language` agree.
   */
  language: string | undefined;
  /** The X display a headed browser opens on (e.g. a private Xvfb); the environment's `DISPLAY` when unset. */
  display: string | undefined;
  /**
   * Folders of other unpacked extensions to load next to ours (e.g. a stranger that messages
   * ours). Their service workers must not be called `background.js`: that name tells ours apart.
   */
  extraExtensions: string[];
  /** The profile `context` runs on; removed, with every browser closed, when the test ends. */
  profile: BrowserProfile;
  /** The first browser launched on the profile (after {@link Fixtures.relaunch}, a closed one). */
  context: BrowserContext;
  /**
   * Restarts the browser: closes the current one and launches a new one on the same profile with
   * the same arguments, and returns it. `openExtensionPage` then opens pages in the new browser.
   */
  relaunch: () => Promise<BrowserContext>;
  extensionId: string;
  /** The options page Chrome opened by itself on install. */
  installPage: Page;
  sandbox: SandboxAdmin;
  /** A fresh ClockMe account in the sandbox, with one key per scope. */
  account: SandboxAccount;
  /** Opens an extension page (`popup.html`, `options.html`) in a new tab of the current browser. */
  openExtensionPage: (file: 'popup.html' | 'options.html') => Promise<Page>;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the e2e tests through Playwright's global setup (npm run test:e2e).`);
  return value;
}

/** Waits (with the expect deadline) until Chrome has opened the options page by itself, loaded. */
async function waitForOptionsPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const isOptions = (page: Page) => page.url() === `chrome-extension://${extensionId}/options.html`;
  await expect.poll(() => context.pages().some(isOptions), { message: 'Chrome opens the options page by itself' }).toBe(true);
  const page = context.pages().find(isOptions)!;
  await page.waitForLoadState();
  return page;
}

export const test = base.extend<Fixtures>({
  headed: [false, { option: true }],
  timeZone: [undefined, { option: true }],
  language: [undefined, { option: true }],
  display: [undefined, { option: true }],
  extraExtensions: [[], { option: true }],
  // A fresh profile per test, with only our extension loaded (and any `extraExtensions`).
  profile: async ({ headed, timeZone, language, display, extraExtensions }, use) => {
    const extensions = [required('E2E_EXTENSION_DIR'), ...extraExtensions].join(',');
    const userDataDir = await mkdtemp(path.join(tmpdir(), 'clockme-e2e-'));
    const browsers: BrowserContext[] = [];
    const open = new Set<BrowserContext>();
    await use({
      userDataDir,
      get current() {
        const last = browsers.at(-1);
        if (!last) throw new Error('No browser has been launched on this profile yet.');
        return last;
      },
      async launch() {
        const context = await chromium.launchPersistentContext(userDataDir, {
          executablePath: CHROMIUM_PATH,
          headless: !headed,
          ...(timeZone || display ? { env: { ...process.env, ...(timeZone ? { TZ: timeZone } : {}), ...(display ? { DISPLAY: display } : {}) } } : {}),
          ...(language ? { locale: language } : {}),
          args: [
            ...(language ? [`--lang=${language}`] : []),
            `--disable-extensions-except=${extensions}`,
            `--load-extension=${extensions}`,
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--disable-gpu',
          ],
        });
        browsers.push(context);
        open.add(context);
        context.on('close', () => open.delete(context));
        return context;
      },
    });
    for (const context of open) await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  },
  context: async ({ profile }, use) => {
    await use(await profile.launch());
  },
  relaunch: async ({ profile, context, extensionId }, use) => {
    void context;
    await use(async () => {
      await profile.current.close();
      const next = await profile.launch();
      // Chrome opens the options page again on start (a command-line extension is installed
      // anew, and the session is restored); let it settle so it cannot take over a test's tab.
      await waitForOptionsPage(next, extensionId);
      return next;
    });
  },
  extensionId: async ({ context }, use) => {
    // Ours is the worker called background.js (other extensions may be loaded too).
    const ours = (worker: Worker) => new URL(worker.url()).pathname === '/background.js';
    const worker = context.serviceWorkers().find(ours) ?? (await context.waitForEvent('serviceworker', { predicate: ours }));
    await use(new URL(worker.url()).host);
  },
  // Waited for before any test opens a tab of its own: Chrome may otherwise open the install
  // options page in (and navigate away) the tab a test just created.
  installPage: async ({ context, extensionId }, use) => {
    await use(await waitForOptionsPage(context, extensionId));
  },
  sandbox: async ({}, use) => {
    await use(new SandboxAdmin(required('E2E_SANDBOX_ORIGIN')));
  },
  account: async ({ sandbox }, use) => {
    await use(await sandbox.createAccount(`e2e ${test.info().title}`));
  },
  openExtensionPage: async ({ profile, extensionId, installPage }, use) => {
    void installPage;
    await use(async (file) => {
      const page = await profile.current.newPage();
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      return page;
    });
  },
});

export { expect };
