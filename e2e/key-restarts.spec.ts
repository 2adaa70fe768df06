import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';
import { PopupPage } from './pages/popup';
import { ageStoredTimer, readLocalStorage } from './support/extension-storage';
import { connectInOptions, revokedText } from './support/key-flows';
import type { SandboxAccount, SandboxAdmin } from './support/sandbox-admin';
import { stopServiceWorkers } from './support/service-worker';
import { REVOKED_BADGE_COLOR, readToolbar } from './support/toolbar';

type Open = (file: 'popup.html' | 'options.html') => Promise<Page>;

/** Saves the account's Write key, revokes it in ClockMe, and lets a popup's refresh meet the 401. */
async function revokeWhileConnected(openExtensionPage: Open, sandbox: SandboxAdmin, account: SandboxAccount): Promise<void> {
  const key = account.keys.write;
  const options = await connectInOptions(openExtensionPage, sandbox, key);
  await sandbox.revokeKey(key);
  await ageStoredTimer(options.page); // the popup reads the timer when it opens
  const popup = new PopupPage(await openExtensionPage('popup.html'));
  await expect(popup.alert.filter({ hasText: 'revoked' })).toContainText(revokedText(key));
  await expect.poll(() => readToolbar(popup.page)).toMatchObject({ badgeText: '!', badgeColor: REVOKED_BADGE_COLOR });
  await expect.poll(() => sandbox.unanswered({ key })).toBe(0);
}

/** The revoked state as every surface shows it: the toolbar, the popup, the options page, storage. */
async function expectRevokedEverywhere(openExtensionPage: Open, key: string): Promise<void> {
  const popup = new PopupPage(await openExtensionPage('popup.html'));
  await expect(popup.alert.filter({ hasText: 'revoked' })).toContainText(revokedText(key));
  await expect(popup.alert.filter({ hasText: 'revoked' })).toContainText('Settings → API Keys');
  await expect(popup.keyEntry.field).toBeVisible();
  const options = new OptionsPage(await openExtensionPage('options.html'));
  await expect(options.alert.filter({ hasText: 'revoked' })).toContainText(revokedText(key));
  await expect(options.alert.filter({ hasText: 'revoked' })).toContainText('Settings → API Keys');
  await expect
    .poll(() => readToolbar(options.page))
    .toMatchObject({ badgeText: '!', badgeColor: REVOKED_BADGE_COLOR, title: expect.stringContaining('revoked') });
  expect((await readLocalStorage(options.page)).apiKey ?? null).toBeNull();
}

test.describe('the revoked state survives restarts', () => {
  test('after the service worker is stopped, the toolbar, popup and options still say the key was revoked', async ({ context, openExtensionPage, sandbox, account }) => {
    const key = account.keys.write;
    await revokeWhileConnected(openExtensionPage, sandbox, account);
    const sent = (await sandbox.requests({ key })).length;
    for (const page of context.pages()) if (page.url().startsWith('chrome-extension://')) await page.close();

    const page = await openExtensionPage('options.html');
    await stopServiceWorkers(context, page);
    await page.close();

    await expectRevokedEverywhere(openExtensionPage, key);
    expect((await sandbox.requests({ key })).length).toBe(sent);
  });

  test('after the browser restarts, the toolbar, popup and options still say the key was revoked', async ({ openExtensionPage, relaunch, sandbox, account }) => {
    const key = account.keys.write;
    await revokeWhileConnected(openExtensionPage, sandbox, account);
    const sent = (await sandbox.requests({ key })).length;

    await relaunch();

    await expectRevokedEverywhere(openExtensionPage, key);
    expect((await sandbox.requests({ key })).length).toBe(sent);
  });
});
