import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';
import { PopupPage } from './pages/popup';
import { ageStoredTimer, readLocalStorage } from './support/extension-storage';

const READ_ONLY_REASON = 'This key is read-only: create a Write key to start timers';

test.describe('a read-only key', () => {
  test('saves, and the options page warns that it is read-only right after "Connected"', async ({ openExtensionPage, account }) => {
    const key = account.keys.read;
    const options = new OptionsPage(await openExtensionPage('options.html'));

    await options.keyEntry.submit(key);

    await expect(options.keyEntry.status).toContainText('Connected');
    await expect(options.text('read-only')).toBeVisible();
    expect((await readLocalStorage(options.page)).apiKey).toBe(key);
  });

  test('in the popup, "Start timer" is disabled with the reason, projects are still listed, and no start is sent', async ({ openExtensionPage, sandbox, account }) => {
    const key = account.keys.read;
    const popup = new PopupPage(await openExtensionPage('popup.html'));
    await popup.keyEntry.submit(key);

    await popup.openProjectList();
    await expect(popup.projectNames).toHaveText(['Internal', 'Mobile app', 'Website']);
    await expect(popup.start).toBeDisabled();
    await expect(popup.start).toHaveAccessibleDescription(READ_ONLY_REASON);

    // Enter in the description is the usual way to start; it must not get through either.
    await popup.description.fill('Read-only attempt');
    await popup.description.press('Enter');
    await expect(popup.start).toBeDisabled();
    // A reopened popup's refresh is logged after anything the Enter press sent.
    const before = await sandbox.lastSeq();
    await ageStoredTimer(popup.page);
    await popup.page.reload();
    await popup.openProjectList();
    await expect(popup.projectNames).toHaveText(['Internal', 'Mobile app', 'Website']);
    await expect.poll(async () => (await sandbox.requests({ key })).some((request) => request.seq > before)).toBe(true);

    expect(await sandbox.timerChanges({ key })).toEqual([]);
    expect((await sandbox.state(account.accountId)).timer).toBeNull();
  });
});
