import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';
import { PopupPage } from './pages/popup';
import { readLocalStorage } from './support/extension-storage';
import { pressRealKeys } from './support/keyboard';
import type { SandboxAccount, SandboxAdmin } from './support/sandbox-admin';
import { KEY_REVOKED_NOTIFICATION_ID, REVOKED_BADGE_COLOR, readNotificationIds, readToolbar } from './support/toolbar';

// Real key presses reach Chrome only in a headed window (under Xvfb on machines without a display).
test.use({ headed: true });

type Open = (file: 'popup.html' | 'options.html') => Promise<Page>;

/**
 * Starts a timer on "Website" from the popup, closes every extension page, revokes the key in
 * ClockMe and presses the toggle-timer shortcut for real on a plain web page, so the stop meets the
 * revocation with no extension page open. Returns the options page opened afterwards and the
 * sequence number of the last request before the revocation.
 */
async function stopByShortcutAfterRevocation(context: BrowserContext, openExtensionPage: Open, sandbox: SandboxAdmin, account: SandboxAccount) {
  const key = account.keys.write;
  const popup = new PopupPage(await openExtensionPage('popup.html'));
  await popup.keyEntry.submit(key);
  await popup.projectsListed('Website');
  await popup.chooseProject('Website');
  await popup.start.click();
  await expect(popup.stop).toBeVisible();
  await expect.poll(async () => (await sandbox.state(account.accountId)).timer?.projectName).toBe('Website');
  // The web page opens first: closing a window's last tab would end the browser.
  const web = await context.newPage();
  await web.goto(sandbox.apiKeysPageUrl);
  for (const page of context.pages()) if (page.url().startsWith('chrome-extension://')) await page.close();
  await expect.poll(() => sandbox.unanswered({ key })).toBe(0);
  const before = await sandbox.lastSeq();
  await sandbox.revokeKey(key);

  await pressRealKeys(web, 'alt+shift+k');

  // Only once ClockMe's 401 has been answered is an extension page opened to look.
  await expect
    .poll(async () => (await sandbox.requests({ key })).filter((request) => request.seq > before).map((request) => request.status), { timeout: 10_000 })
    .toContain(401);
  const options = new OptionsPage(await openExtensionPage('options.html'));
  await expect.poll(async () => (await readLocalStorage(options.page)).apiKey ?? null, { message: 'the revoked key is cleared' }).toBeNull();
  await expect.poll(async () => (await readLocalStorage(options.page)).pausedActions, { message: 'the stop is kept as paused work' }).toHaveLength(1);
  await expect
    .poll(() => readToolbar(options.page))
    .toMatchObject({ badgeText: '!', badgeColor: REVOKED_BADGE_COLOR, title: expect.stringContaining('revoked') });
  expect(await readNotificationIds(options.page)).toContain(KEY_REVOKED_NOTIFICATION_ID);
  await expect(options.alert.filter({ hasText: 'revoked' })).toContainText(`Your ClockMe key ending in …${key.slice(-4)} was revoked`);
  return { options, before };
}

/** The requests that carried `key` after `seq`. */
async function sentAfter(sandbox: SandboxAdmin, key: string, seq: number) {
  return (await sandbox.requests({ key })).filter((request) => request.seq > seq);
}

test('a shortcut stop that meets a revoked key: key cleared, red "!", a notification, one request; "Resume with this key" stops the timer', async ({ context, openExtensionPage, sandbox, account }) => {
  const oldKey = account.keys.write;
  const { options, before } = await stopByShortcutAfterRevocation(context, openExtensionPage, sandbox, account);
  const newKey = await sandbox.createKey(account.accountId, 'write', 'Chrome extension');

  await options.keyEntry.submit(newKey);
  await expect(options.pausedWork.question).toBeVisible();
  await expect(options.pausedWork.discard).toBeVisible();
  await options.pausedWork.resume.click();

  await expect.poll(async () => (await sandbox.state(account.accountId)).entries.length, { timeout: 10_000 }).toBe(1);
  const state = await sandbox.state(account.accountId);
  expect(state.timer).toBeNull();
  expect(state.entries[0]).toMatchObject({ projectName: 'Website' });
  await expect.poll(async () => (await readLocalStorage(options.page)).pausedActions ?? []).toEqual([]);
  expect((await readLocalStorage(options.page)).apiKey).toBe(newKey);
  expect(await sentAfter(sandbox, oldKey, before), 'one request met the revocation, and then silence').toHaveLength(1);
});

test('a shortcut stop that meets a revoked key is dropped by "Discard": the timer keeps running', async ({ context, openExtensionPage, sandbox, account }) => {
  const oldKey = account.keys.write;
  const { options, before } = await stopByShortcutAfterRevocation(context, openExtensionPage, sandbox, account);
  const newKey = await sandbox.createKey(account.accountId, 'write', 'Chrome extension');

  await options.keyEntry.submit(newKey);
  await expect(options.pausedWork.question).toBeVisible();
  await expect(options.pausedWork.resume).toBeVisible();
  await options.pausedWork.discard.click();

  await expect.poll(async () => (await readLocalStorage(options.page)).pausedActions ?? []).toEqual([]);
  await expect(options.pausedWork.question).toBeHidden();
  const state = await sandbox.state(account.accountId);
  expect(state.timer?.projectName).toBe('Website');
  expect(state.entries).toEqual([]);
  expect(await sandbox.timerChanges({ key: newKey })).toEqual([]);
  expect((await readLocalStorage(options.page)).apiKey).toBe(newKey);
  expect(await sentAfter(sandbox, oldKey, before), 'one request met the revocation, and then silence').toHaveLength(1);
});
