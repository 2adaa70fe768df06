import { expect, test } from './fixtures';
import { PopupPage } from './pages/popup';
import { ageStoredTimer, readLocalStorage } from './support/extension-storage';

test.describe('popup', () => {
  test('a first-time user pastes a key in the popup and gets the timer', async ({ openExtensionPage, account }) => {
    const popup = new PopupPage(await openExtensionPage('popup.html'));
    await expect(popup.openSettings).toBeVisible();
    await expect(popup.page.getByRole('link', { name: 'Settings → API Keys' })).toBeVisible();

    await popup.keyEntry.submit(account.keys.write);

    await expect(popup.start).toBeVisible();
    await expect(popup.project).toBeVisible();
    await expect(popup.description).toBeVisible();
    expect((await readLocalStorage(popup.page)).apiKey).toBe(account.keys.write);
  });

  test('start shows a ticking timer and the sandbox runs it; stop leaves an entry', async ({ openExtensionPage, sandbox, account }) => {
    const popup = new PopupPage(await openExtensionPage('popup.html'));
    await popup.keyEntry.submit(account.keys.write);
    await popup.projectsListed();

    await popup.chooseProject('Mobile app');
    await popup.description.fill('Fix login');
    await popup.start.click();

    await expect(popup.timer).toHaveText(/^0:00:0\d$/);
    const first = await popup.timer.textContent();
    await expect(popup.timer).not.toHaveText(first ?? '', { timeout: 3_000 });
    await expect(popup.running).toContainText('Mobile app');
    await expect(popup.page.getByRole('status')).toHaveText('Timer started on Mobile app.');
    // The status is announced once ClockMe answered, so the sandbox runs it by now.
    const running = (await sandbox.state(account.accountId)).timer;
    expect(running).toMatchObject({ projectName: 'Mobile app', description: 'Fix login' });

    await popup.stop.click();

    await expect(popup.start).toBeVisible();
    // The popup shows the stop at once; ClockMe has it a moment later.
    await expect.poll(async () => (await sandbox.state(account.accountId)).timer).toBeNull();
    const after = await sandbox.state(account.accountId);
    expect(after.entries).toHaveLength(1);
    expect(after.entries[0]).toMatchObject({ projectName: 'Mobile app', description: 'Fix login' });
  });

  test('a timer started in another ClockMe app shows when the popup opens', async ({ openExtensionPage, sandbox, account }) => {
    const popup = new PopupPage(await openExtensionPage('popup.html'));
    await popup.keyEntry.submit(account.keys.write);
    await expect(popup.start).toBeVisible();
    await sandbox.startTimerElsewhere(account.accountId, 'Internal', 'Standup');
    await ageStoredTimer(popup.page); // the last read is older than the popup's 5 s freshness window

    await popup.page.reload();

    await expect(popup.timer).toBeVisible();
    await expect(popup.running).toContainText('Standup');
  });

  test('a revoked key is cleared on the next call, the popup says so, and nothing more is sent', async ({ openExtensionPage, sandbox, account }) => {
    const key = account.keys.write;
    const popup = new PopupPage(await openExtensionPage('popup.html'));
    await popup.keyEntry.submit(key);
    await expect(popup.start).toBeVisible();
    await sandbox.revokeKey(key);
    await ageStoredTimer(popup.page);

    await popup.page.reload();

    await expect(popup.alert.filter({ hasText: 'revoked' })).toContainText(`ending in …${key.slice(-4)}`);
    await expect(popup.keyEntry.field).toBeVisible();
    expect((await readLocalStorage(popup.page)).apiKey ?? null).toBeNull();
    const sentBefore = (await sandbox.requests({ key })).length;
    await popup.page.reload();
    await expect(popup.keyEntry.field).toBeVisible();
    expect((await sandbox.requests({ key })).length).toBe(sentBefore);
  });
});
