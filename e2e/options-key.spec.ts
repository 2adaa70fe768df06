import { expect, test } from './fixtures';
import { KeyEntry } from './pages/key-entry';
import { readLocalStorage } from './support/extension-storage';

test.describe('options page: saving a key', () => {
  test('a pasted key with leading spaces and a tab is stored trimmed and sent as Bearer <trimmed>', async ({ context, openExtensionPage, sandbox, account }) => {
    const key = account.keys.write;
    const consoleLines: string[] = [];
    context.on('console', (message) => consoleLines.push(message.text()));
    for (const worker of context.serviceWorkers()) worker.on('console', (message) => consoleLines.push(message.text()));
    const page = await openExtensionPage('options.html');
    const form = new KeyEntry(page);

    await form.submit(`   \t${key}\n`);

    await expect(form.status).toContainText('Connected');
    await expect(form.status).toContainText(`ck_live_…${key.slice(-4)}`);
    await expect(form.field).toHaveValue('');
    expect((await readLocalStorage(page)).apiKey).toBe(key);
    const seen = await sandbox.requests({ key });
    expect(seen.map((request) => request.authorization)).toContain(`Bearer ${key}`);
    expect(seen.every((request) => request.authorization === `Bearer ${key}`)).toBe(true);
    // The full key is never shown again, nor logged.
    expect(await page.content()).not.toContain(key);
    expect(consoleLines.filter((line) => line.includes(key.slice('ck_live_'.length)))).toEqual([]);
  });

  test('a malformed key is refused with a reason and causes no request', async ({ openExtensionPage, sandbox }) => {
    const page = await openExtensionPage('options.html');
    const form = new KeyEntry(page);
    const github = `ghp_${'a1B2c3D4e5'.repeat(4)}`;
    const tooShort = 'ck_live_abc';

    await form.submit(github);
    await expect(form.alert).toContainText('looks like a GitHub key, not a ClockMe key');
    await expect(form.alert).not.toContainText(github);
    await form.submit(tooShort);
    await expect(form.alert).toContainText('too short');

    const sent = await sandbox.requests();
    expect(sent.filter((request) => request.authorization?.includes(github) || request.authorization?.includes(tooShort))).toEqual([]);
    expect((await readLocalStorage(page)).apiKey ?? null).toBeNull();
  });

  test('a key ClockMe rejects is not stored', async ({ openExtensionPage }) => {
    const page = await openExtensionPage('options.html');
    const form = new KeyEntry(page);

    await form.submit(`ck_live_${'Z9'.repeat(16)}`);

    await expect(form.alert).toContainText('ClockMe rejected this key');
    expect((await readLocalStorage(page)).apiKey ?? null).toBeNull();
  });

  test('when ClockMe cannot be reached the key is not stored and the page says so', async ({ openExtensionPage, sandbox, account }) => {
    const key = account.keys.write;
    await sandbox.injectFault({ key, status: 503, count: 1 });
    const page = await openExtensionPage('options.html');
    const form = new KeyEntry(page);

    await form.submit(key);

    await expect(form.alert).toContainText("Couldn't reach ClockMe");
    expect((await readLocalStorage(page)).apiKey ?? null).toBeNull();
  });

  test('Remove key forgets the key and says to revoke it in ClockMe', async ({ openExtensionPage, account }) => {
    const page = await openExtensionPage('options.html');
    const form = new KeyEntry(page);
    await form.submit(account.keys.write);
    await expect(form.status).toContainText('Connected');

    await page.getByRole('button', { name: 'Remove key' }).click();

    await expect(page.getByRole('status').filter({ hasText: 'Key removed' })).toContainText('Settings → API Keys');
    // Gone for good once the 10-second undo window has passed.
    await expect.poll(async () => (await readLocalStorage(page)).apiKey ?? null, { timeout: 15_000 }).toBeNull();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeHidden();
  });
});

test('the options page opens by itself on first install and asks for a key', async ({ installPage }) => {
  await expect(installPage.getByRole('heading', { name: 'ClockMe for Chrome' })).toBeVisible();
  await expect(installPage.getByLabel('API key', { exact: true })).toBeVisible();
  await expect(installPage.getByRole('link', { name: 'Settings → API Keys' })).toBeVisible();
});
