import { readFileSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { connectInOptions } from './support/key-flows';
import { readLocalStorage } from './support/extension-storage';

test('the options page lists every shortcut with its key, and saves the shortcut settings at once', async ({ openExtensionPage, sandbox, account }) => {
  const options = await connectInOptions(openExtensionPage, sandbox, account.keys.write);
  const page = options.page;

  const shortcuts = page.getByRole('table', { name: 'Keyboard shortcuts' });
  await expect(shortcuts.getByRole('row', { name: /Open the ClockMe timer/ })).toContainText('Alt+Shift+O');
  await expect(shortcuts.getByRole('row', { name: /Start or stop the timer/ })).toContainText('Alt+Shift+K');
  await expect(shortcuts.getByRole('row', { name: /Stop the timer/ })).toContainText('Alt+Shift+J');
  await expect(page.getByRole('button', { name: 'Change shortcuts' })).toBeVisible();

  const project = page.getByLabel('Default project');
  await expect(project.getByRole('option', { name: 'Mobile app' })).toHaveCount(1);
  await project.selectOption({ label: 'Mobile app' });
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' }).first()).toBeVisible();
  await page.getByLabel('Show a notification when a shortcut starts or stops the timer').check();

  await expect
    .poll(async () => (await readLocalStorage(page)).settings)
    .toMatchObject({ defaultProjectId: expect.any(String), notifyOnShortcut: true });
  const chosen = ((await readLocalStorage(page)).settings as { defaultProjectId: string }).defaultProjectId;
  expect((await sandbox.state(account.accountId)).projects.find((p) => p.id === chosen)?.name).toBe('Mobile app');
});

/** Presses Tab until `target` has the focus (at most `limit` presses), as a keyboard-only person reaches it. */
async function tabTo(target: Locator, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await target.page().keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

test('every setting is reachable and changeable with the keyboard alone, saved at once, and the theme follows', async ({ openExtensionPage, sandbox, account }) => {
  const options = await connectInOptions(openExtensionPage, sandbox, account.keys.write);
  const page = options.page;
  const settings = async () => (await readLocalStorage(page)).settings as Record<string, unknown> | undefined;
  await page.locator('body').focus();

  const idle = page.getByRole('checkbox', { name: 'Ask what to do with idle time' });
  await tabTo(idle);
  await page.keyboard.press('Space');
  await expect.poll(settings).toMatchObject({ idleDetection: true, idleThresholdMinutes: 5 });

  // The threshold appears right after the box that turned it on.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Ask after being away for' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect.poll(settings).toMatchObject({ idleThresholdMinutes: 6 });

  await tabTo(page.getByRole('checkbox', { name: 'Keep a running timer going while you use the computer' }));
  await page.keyboard.press('Space');
  await expect.poll(settings).toMatchObject({ heartbeat: false });

  await tabTo(page.getByRole('radio', { name: 'System' }));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect.poll(settings).toMatchObject({ theme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('region', { name: 'Appearance' }).getByRole('status')).toHaveText('Saved.');

  await tabTo(page.getByRole('link', { name: 'ClockMe privacy policy (opens in a new tab)' }));
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  await expect(page.getByRole('region', { name: 'About' })).toContainText(version);
});
