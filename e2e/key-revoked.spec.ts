import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';
import { PopupPage } from './pages/popup';
import { ageStoredTimer, readLocalStorage } from './support/extension-storage';
import { connectInOptions, revokedText } from './support/key-flows';
import { REVOKED_BADGE_COLOR, readToolbar } from './support/toolbar';

test.describe('a revoked key', () => {
  test('is cleared at once; the toolbar shows a red "!" titled revoked, popup and options say which key, and nothing more is sent', async ({ openExtensionPage, sandbox, account }) => {
    const key = account.keys.write;
    const options = await connectInOptions(openExtensionPage, sandbox, key);
    await sandbox.revokeKey(key);
    await ageStoredTimer(options.page);

    // Opening the popup refreshes the timer (the last read is older than 5 s), which meets ClockMe's 401.
    const popup = new PopupPage(await openExtensionPage('popup.html'));

    await expect(popup.alert.filter({ hasText: 'revoked' })).toContainText(revokedText(key));
    await expect(popup.alert.filter({ hasText: 'revoked' })).toContainText('Settings → API Keys');
    await expect(options.alert.filter({ hasText: 'revoked' })).toContainText(revokedText(key));
    await expect(options.alert.filter({ hasText: 'revoked' })).toContainText('Settings → API Keys');
    expect((await readLocalStorage(popup.page)).apiKey ?? null).toBeNull();
    await expect.poll(() => readToolbar(popup.page)).toMatchObject({ badgeText: '!', badgeColor: REVOKED_BADGE_COLOR, title: expect.stringContaining('revoked') });

    const sentBefore = (await sandbox.requests({ key })).length;
    await popup.page.reload();
    await options.page.reload();
    await expect(popup.alert.filter({ hasText: 'revoked' })).toContainText(revokedText(key));
    await expect(options.alert.filter({ hasText: 'revoked' })).toContainText(revokedText(key));
    expect((await sandbox.requests({ key })).length).toBe(sentBefore);
  });

  test('a stop pressed in the popup that meets the revocation is kept; after a new key, "Discard" drops it and leaves the timer alone', async ({ openExtensionPage, sandbox, account }) => {
    const oldKey = account.keys.write;
    const popup = new PopupPage(await openExtensionPage('popup.html'));
    await popup.keyEntry.submit(oldKey);
    await popup.projectsListed('Website');
    await popup.chooseProject('Website');
    await popup.start.click();
    await expect(popup.stop).toBeVisible();
    await expect.poll(async () => (await sandbox.state(account.accountId)).timer?.projectName).toBe('Website');
    await expect.poll(() => sandbox.unanswered({ key: oldKey })).toBe(0);
    await sandbox.revokeKey(oldKey);

    await popup.stop.click();

    await expect(popup.alert.filter({ hasText: 'revoked' })).toContainText(revokedText(oldKey));
    expect((await readLocalStorage(popup.page)).apiKey ?? null).toBeNull();
    await expect.poll(async () => (await readLocalStorage(popup.page)).pausedActions, { message: 'the stop is kept as paused work' }).toHaveLength(1);

    const newKey = await sandbox.createKey(account.accountId, 'write', 'Chrome extension');
    await popup.keyEntry.submit(newKey);

    await expect(popup.pausedWork.question).toBeVisible();
    await expect(popup.pausedWork.resume).toBeVisible();
    await popup.pausedWork.discard.click();

    await expect.poll(async () => (await readLocalStorage(popup.page)).pausedActions ?? []).toEqual([]);
    await expect(popup.pausedWork.question).toBeHidden();
    expect((await readLocalStorage(popup.page)).apiKey).toBe(newKey);
    const state = await sandbox.state(account.accountId);
    expect(state.timer?.projectName).toBe('Website');
    expect(state.entries).toEqual([]);
    expect(await sandbox.timerChanges({ key: newKey })).toEqual([]);
  });

  test('a 401 for the old key that arrives after a new key was saved leaves the new key in place', async ({ openExtensionPage, sandbox, account }) => {
    const oldKey = account.keys.write;
    const options = new OptionsPage(await openExtensionPage('options.html'));
    await options.keyEntry.submit(oldKey);
    await expect(options.keyEntry.status).toContainText('Connected');
    await expect.poll(() => sandbox.unanswered({ key: oldKey })).toBe(0);
    await ageStoredTimer(options.page); // so the popup reads the timer when it opens
    const before = await sandbox.lastSeq();
    await sandbox.injectFault({ key: oldKey, delayMs: 3_000, path: '/api/timer/current', count: 1 });

    // The popup's refresh with the old key is held by the sandbox…
    const popup = new PopupPage(await openExtensionPage('popup.html'));
    const heldRequest = async () =>
      (await sandbox.requests({ key: oldKey })).find((request) => request.seq > before && request.path === '/api/timer/current');
    await expect.poll(async () => (await heldRequest())?.status, { message: 'the refresh with the old key reaches the sandbox' }).toBeNull();

    // …while the old key is revoked and a new key of the same account is saved.
    await sandbox.revokeKey(oldKey);
    const newKey = await sandbox.createKey(account.accountId, 'write', 'Chrome extension');
    await options.keyEntry.submit(newKey);
    await expect(options.keyEntry.status).toContainText(`Connected. Saved key ck_live_…${newKey.slice(-4)}`);
    expect((await heldRequest())?.status, 'the new key was saved while the old key\'s request was still held').toBeNull();

    await expect.poll(async () => (await heldRequest())?.status, { timeout: 10_000 }).toBe(401);
    // A fresh popup goes through the service worker after it has handled that 401.
    await popup.page.reload();
    await expect(popup.start).toBeVisible();
    expect((await readLocalStorage(popup.page)).apiKey).toBe(newKey);
    await options.page.reload();
    await expect(options.connected).toBeVisible();
    await expect(options.page.getByText(`ck_live_…${newKey.slice(-4)}`).first()).toBeVisible();
    await expect(options.alert.filter({ hasText: 'revoked' })).toHaveCount(0);
  });
});
