import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';
import { readLocalStorage } from './support/extension-storage';

test.describe('options page: the connection', () => {
  test("after saving, the page shows the ClockMe workspace the key belongs to", async ({ openExtensionPage, account }) => {
    const options = new OptionsPage(await openExtensionPage('options.html'));

    await options.keyEntry.submit(account.keys.write);

    await expect(options.keyEntry.status).toContainText('Connected');
    await expect(options.text(`${account.name}'s workspace`)).toBeVisible();
  });

  test('"Remove key" offers "Undo", which restores the connection', async ({ openExtensionPage, account }) => {
    const key = account.keys.write;
    const options = new OptionsPage(await openExtensionPage('options.html'));
    await options.keyEntry.submit(key);
    await expect(options.keyEntry.status).toContainText('Connected');

    await options.removeKey.click();
    const removedAt = Date.now();

    await expect(options.removed).toBeVisible();
    await expect(options.removeKey).toBeHidden();

    await options.undo.click();

    await expect(options.removeKey).toBeVisible();
    await expect.poll(async () => (await readLocalStorage(options.page)).apiKey).toBe(key);
    // Still connected once the 10-second undo window is over: Undo really cancelled the removal.
    await expect.poll(() => Date.now() - removedAt, { timeout: 15_000, message: 'the undo window has passed' }).toBeGreaterThan(11_000);
    expect((await readLocalStorage(options.page)).apiKey).toBe(key);
    // Reloaded, the page shows the restored connection, not the key form's memory of the save.
    await options.page.reload();
    await expect(options.connected).toBeVisible();
    await expect(options.page.getByText(`ck_live_…${key.slice(-4)}`).first()).toBeVisible();
    await expect(options.removeKey).toBeVisible();
  });

  test('"Undo" goes away after 10 seconds and the key stays removed', async ({ openExtensionPage, account }) => {
    const options = new OptionsPage(await openExtensionPage('options.html'));
    await options.keyEntry.submit(account.keys.write);
    await expect(options.keyEntry.status).toContainText('Connected');

    await options.removeKey.click();
    await expect(options.undo).toBeVisible();
    const shownAt = Date.now();

    await expect(options.undo).toBeHidden({ timeout: 15_000 });
    expect(Date.now() - shownAt).toBeGreaterThanOrEqual(9_000);
    await expect.poll(async () => (await readLocalStorage(options.page)).apiKey ?? null).toBeNull();
  });
});
