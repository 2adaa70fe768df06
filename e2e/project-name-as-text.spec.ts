import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LogTimeForm } from './pages/log-time';
import { PopupPage } from './pages/popup';
import { readToolbar } from './support/toolbar';

/**
 * Names and descriptions come from ClockMe, where anyone with access to the workspace (or any
 * tool with a key) can type anything: they must show as the characters typed, never as markup.
 */
const NAME = `<img src=x onerror="document.title='pwned'">`;
const DESCRIPTION = `<script>document.title='pwned'</script><b>bold</b>`;

/** Nothing of the name or description became an element, an attribute or a script that ran. */
async function expectNoMarkup(page: Page, title: string): Promise<void> {
  await expect(page.locator('img, script:not([src]), b, [onerror]')).toHaveCount(0);
  expect(await page.title()).toBe(title);
}

test('a project named like an <img onerror> tag and a <script> description show as text in the popup and options page', async ({ context, openExtensionPage, sandbox, account }) => {
  // Created in ClockMe by another client (the dashboard, a tool with a Full key).
  const created = await fetch(`${sandbox.origin}/api/projects`, {
    method: 'POST',
    headers: { authorization: `Bearer ${account.keys.full}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: NAME }),
  });
  expect(created.status).toBe(201);
  await sandbox.startTimerElsewhere(account.accountId, NAME, DESCRIPTION);
  const loaded: string[] = [];
  context.on('request', (request) => loaded.push(request.url()));
  const dialogs: string[] = [];
  context.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  const popup = new PopupPage(await openExtensionPage('popup.html'));
  await popup.keyEntry.submit(account.keys.write);

  // The running timer (started elsewhere) and the toolbar's tooltip.
  await expect(popup.runningProject).toHaveText(NAME);
  await expect(popup.running).toContainText(DESCRIPTION);
  expect((await readToolbar(popup.page)).title).toContain(NAME);
  await expectNoMarkup(popup.page, 'ClockMe');

  // Recent entries, once it is stopped.
  await popup.stop.click();
  const recent = popup.page.getByRole('region', { name: 'Recent entries' });
  await expect(recent.getByRole('button', { name: `Continue ${NAME} — ${DESCRIPTION}` })).toBeVisible();
  await expect(recent.locator('.project-name')).toHaveText([NAME]);
  await expect(recent.locator('.description')).toHaveText([DESCRIPTION]);
  await expectNoMarkup(popup.page, 'ClockMe');

  // The Log time form's project list.
  const logTime = new LogTimeForm(popup.page);
  await logTime.toggle.click();
  await expect(logTime.toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(logTime.project.getByRole('option', { name: NAME, exact: true })).toHaveCount(1);
  await expectNoMarkup(popup.page, 'ClockMe');
  await logTime.toggle.click();
  await expect(logTime.form).toBeHidden();

  // The project picker, its choice, and the description suggestions.
  await popup.openProjectList();
  await expect(popup.projectNames.filter({ hasText: NAME })).toHaveText([NAME]);
  await popup.chooseProject(NAME);
  await popup.description.fill('<scr');
  await expect(popup.page.getByRole('option', { name: DESCRIPTION, exact: true })).toBeVisible();
  await expectNoMarkup(popup.page, 'ClockMe');

  // The options page's default project.
  const options = await openExtensionPage('options.html');
  const defaultProject = options.getByLabel('Default project');
  await expect(defaultProject.getByRole('option', { name: NAME, exact: true })).toHaveCount(1);
  await defaultProject.selectOption({ label: NAME });
  await expect(defaultProject.locator('option:checked')).toHaveText(NAME);
  await expectNoMarkup(options, 'ClockMe settings');

  // No image was ever requested (`src=x`), and no script opened a dialog.
  expect(loaded.filter((url) => /\/x(\?|$)/.test(url))).toEqual([]);
  expect(dialogs).toEqual([]);
});
