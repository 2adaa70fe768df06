import { expect, test } from './fixtures';
import { KeyEntry } from './pages/key-entry';
import { pressRealKeys } from './support/keyboard';

// Real key presses reach Chrome only in a headed window (under Xvfb on machines without a display).
test.use({ headed: true });

test('the toggle-timer shortcut, pressed for real, starts and then stops the timer', async ({ openExtensionPage, sandbox, account }) => {
  const page = await openExtensionPage('options.html');
  const form = new KeyEntry(page);
  await form.submit(account.keys.write);
  await expect(form.status).toContainText('Connected');

  await pressRealKeys(page, 'alt+shift+k');

  await expect.poll(async () => (await sandbox.state(account.accountId)).timer?.projectName, { timeout: 10_000 }).toBeTruthy();

  await pressRealKeys(page, 'alt+shift+k');

  await expect.poll(async () => (await sandbox.state(account.accountId)).entries.length, { timeout: 10_000 }).toBe(1);
  expect((await sandbox.state(account.accountId)).timer).toBeNull();
});
