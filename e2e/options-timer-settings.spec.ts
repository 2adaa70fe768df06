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

  const project = page.getByLabel('Shortcut starts the timer on');
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
