import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readLocalStorage } from './support/extension-storage';
import { readMessages, type Language } from './support/locales';
import { askWorker } from './support/worker-messages';

/**
 * axe finds no violation on the popup and the options page in any state a person meets (no key,
 * idle, running, offline with a change waiting, revoked), in both themes (chosen by the computer
 * and by the Appearance setting against the computer), in English and German; and screenshots
 * of both pages in every state, light and dark, are kept for review.
 *
 * Written around states and landmarks, not particular controls: states are reached through the
 * service worker's protocol and the sandbox, and whatever the pages show in them is scanned.
 */

/**
 * Where the screenshots go: `<repo>/e2e-screenshots/<language>/<state>-<page>-<light|dark>.png`.
 * Outside Playwright's outputDir (`test-results/`), which every run empties when it starts, so
 * they stay for review until this spec runs again.
 */
export const SCREENSHOT_DIR = path.resolve('e2e-screenshots');

type Scheme = 'light' | 'dark';

/** One way of being in a theme: what the computer prefers, what the Appearance setting says, and what the pages must show. */
interface ThemeCase {
  name: string;
  computer: Scheme;
  setting: 'system' | Scheme;
  shows: Scheme;
}

/**
 * Each state is scanned in both themes, one chosen by the computer (`prefers-color-scheme`,
 * setting "System") and the other by the setting against the computer; the next state swaps
 * the two ways, so both themes are reached both ways while each state costs two scans a page.
 * That the pages show the same palette either way is checked by their background colour.
 */
const THEME_CASES: [ThemeCase, ThemeCase][] = [
  [
    { name: 'light (computer)', computer: 'light', setting: 'system', shows: 'light' },
    { name: 'dark (setting over a light computer)', computer: 'light', setting: 'dark', shows: 'dark' },
  ],
  [
    { name: 'dark (computer)', computer: 'dark', setting: 'system', shows: 'dark' },
    { name: 'light (setting over a dark computer)', computer: 'dark', setting: 'light', shows: 'light' },
  ],
];

/** The page background of each theme (`--bg` in components/theme.css), as computed styles give it. */
const BACKGROUND: Record<Scheme, string> = { light: 'rgb(255, 255, 255)', dark: 'rgb(22, 25, 29)' };

type Storage = Record<string, unknown> & {
  connection?: { state: string };
  timer?: { timer: unknown } | null;
  projects?: unknown;
  outbox?: { ops: unknown[]; offline: unknown };
};

const storage = async (page: Page) => (await readLocalStorage(page)) as Storage;

/** Waits until the page's DOM stops changing between two polls (a running timer ticks once a second only). */
async function settled(page: Page): Promise<void> {
  let previous = '';
  await expect
    .poll(
      async () => {
        const now = await page.locator('body').innerHTML();
        const same = now === previous && now.length > 0;
        previous = now;
        return same;
      },
      { intervals: [100], message: `${page.url()} settles` },
    )
    .toBe(true);
}

for (const language of ['en', 'de'] as const satisfies Language[]) {
  test.describe(`in ${language === 'en' ? 'English' : 'German'}`, () => {
    test.use({ language: language === 'en' ? undefined : language });

    test(`popup and options: no axe violations in any state or theme, and screenshots (${language})`, async ({ installPage, openExtensionPage, sandbox, account }) => {
      // Twenty scans and screenshots of each page; a busy machine needs the room.
      test.setTimeout(150_000);
      const words = await readMessages(language);
      const key = account.keys.write;
      const options = installPage;
      const popup = await openExtensionPage('popup.html');
      await popup.setViewportSize({ width: 360, height: 640 });
      const pages = { popup, options };
      const shots = path.join(SCREENSHOT_DIR, language);
      await rm(shots, { recursive: true, force: true });
      await mkdir(shots, { recursive: true });

      // The extension speaks the language: Chrome's UI language, the page's lang, its words.
      expect(await popup.evaluate(() => chrome.i18n.getUILanguage())).toMatch(language === 'en' ? /^en/ : /^de/);
      await expect(options.getByRole('heading', { level: 1 })).toHaveText(words('options.heading'));
      await expect(options.getByRole('region', { name: words('options.appearance.heading') })).toBeVisible();
      for (const page of [popup, options]) await expect(page.locator('html')).toHaveAttribute('lang', language);

      let faultId = '';
      const states: [string, () => Promise<void>][] = [
        ['no-key', async () => expect((await storage(options)).connection?.state ?? 'none').toBe('none')],
        [
          'idle',
          async () => {
            expect(await askWorker(options, 'saveKey', key)).toMatchObject({ ok: true });
            await expect
              .poll(async () => {
                const now = await storage(options);
                return now.connection?.state === 'connected' && !!now.projects && now.timer?.timer === null;
              })
              .toBe(true);
          },
        ],
        [
          'running',
          async () => {
            await sandbox.startTimerElsewhere(account.accountId, 'Website', 'Quarterly report');
            expect(await askWorker(options, 'refreshTimer')).toMatchObject({ ok: true });
            await expect.poll(async () => (await storage(options)).timer?.timer ?? null).not.toBeNull();
          },
        ],
        [
          'offline',
          async () => {
            // ClockMe unreachable, and a stop waiting in the outbox.
            ({ faultId } = await sandbox.injectFault({ key, status: 503, count: 100_000 }));
            await askWorker(options, 'stopTimer');
            await expect
              .poll(async () => {
                const outbox = (await storage(options)).outbox;
                return !!outbox?.offline && outbox.ops.length > 0;
              })
              .toBe(true);
          },
        ],
        [
          'revoked',
          async () => {
            // Through another key of the account: the first one has spent its requests of the
            // minute (at most 20 a key) on the attempts of the offline state.
            await sandbox.removeFault(faultId);
            expect(await askWorker(options, 'saveKey', account.keys.full)).toMatchObject({ ok: true });
            await expect.poll(() => sandbox.unanswered({ key: account.keys.full })).toBe(0);
            await sandbox.revokeKey(account.keys.full);
            await askWorker(options, 'refreshTimer');
            await expect.poll(async () => (await storage(options)).connection?.state).toBe('revoked');
          },
        ],
      ];

      const violations: string[] = [];
      for (const [index, [state, reach]] of states.entries()) {
        await reach();
        // As a person opens them: anew.
        await Promise.all([popup.reload(), options.reload()]);
        for (const theme of THEME_CASES[index % 2]!) {
          await Promise.all([popup.emulateMedia({ colorScheme: theme.computer }), options.emulateMedia({ colorScheme: theme.computer })]);
          const choice = options.getByRole('radio', { name: words(`options.appearance.${theme.setting}`), exact: true });
          if (!(await choice.isChecked())) await choice.check();
          await Promise.all(
            Object.entries(pages).map(async ([name, page]) => {
              await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor), { intervals: [50], message: `${name} shows ${theme.name}` }).toBe(BACKGROUND[theme.shows]);
              await expect(page.getByRole('main')).toBeVisible();
              await settled(page);
              // Legacy mode: scans the page itself, without the blank page axe otherwise opens for each scan (our pages have no frames).
              const { violations: found } = await new AxeBuilder({ page }).setLegacyMode().analyze();
              for (const violation of found) {
                const where = violation.nodes.map((node) => node.target.join(' ')).join(', ');
                violations.push(`${language} · ${state} · ${theme.name} · ${name}: ${violation.id} (${violation.impact}) ${violation.help} — ${where}`);
              }
              const file = path.join(shots, `${state}-${name}-${theme.shows}.png`);
              // The popup as Chrome sizes it (its content); the options page whole.
              await (name === 'popup' ? page.getByRole('main').screenshot({ path: file }) : page.screenshot({ path: file, fullPage: true }));
            }),
          );
        }
      }
      expect(violations).toEqual([]);
    });
  });
}
