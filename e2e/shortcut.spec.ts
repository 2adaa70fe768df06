import type { BrowserContext, Page } from '@playwright/test';
import { DOUBLE_PRESS_MS } from '../utils/background/commands';
import { expect, test } from './fixtures';
import { connectInOptions } from './support/key-flows';
import { pressRealKeys } from './support/keyboard';
import type { SandboxAccount, SandboxAdmin } from './support/sandbox-admin';
import { stopServiceWorkers } from './support/service-worker';
import { readNotificationIds, readToolbar, RUNNING_BADGE_COLOR, SHORTCUT_NOTIFICATION_ID, SHORTCUT_PROBLEM_NOTIFICATION_ID } from './support/toolbar';

// Real key presses reach Chrome only in a headed window (under Xvfb on machines without a display).
test.use({ headed: true });

const TOGGLE = 'alt+shift+k';
const STOP = 'alt+shift+j';

/** The paths of the start and stop requests ClockMe received after `seq`. */
async function timerChangesAfter(sandbox: SandboxAdmin, account: SandboxAccount, seq: number): Promise<string[]> {
  return (await sandbox.timerChanges({ accountId: account.accountId })).filter((request) => request.seq > seq).map((request) => request.path);
}

/** A plain web page to press keys on, with every extension page closed. */
async function webPageOnly(context: BrowserContext, sandbox: SandboxAdmin): Promise<Page> {
  const web = await context.newPage();
  await web.goto(sandbox.apiKeysPageUrl);
  for (const page of context.pages()) if (page.url().startsWith('chrome-extension://')) await page.close();
  return web;
}

test('toggle-timer starts and then stops the timer: one start, one stop, and the badge follows at once', async ({ openExtensionPage, sandbox, account }) => {
  const options = await connectInOptions(openExtensionPage, sandbox, account.keys.write);
  const before = await sandbox.lastSeq();

  await pressRealKeys(options.page, TOGGLE);

  await expect.poll(async () => (await sandbox.state(account.accountId)).timer?.projectName, { timeout: 10_000 }).toBeTruthy();
  const project = (await sandbox.state(account.accountId)).timer!.projectName;
  await expect.poll(() => readToolbar(options.page)).toMatchObject({ badgeText: '0:00', badgeColor: RUNNING_BADGE_COLOR, title: expect.stringContaining(project) });

  // A person sees the badge change before pressing again; presses closer than this are one press.
  await options.page.waitForTimeout(DOUBLE_PRESS_MS);
  await pressRealKeys(options.page, TOGGLE);

  await expect.poll(async () => (await sandbox.state(account.accountId)).entries.length, { timeout: 10_000 }).toBe(1);
  await expect.poll(() => readToolbar(options.page)).toMatchObject({ badgeText: '', title: 'ClockMe: no timer running.' });
  expect((await sandbox.state(account.accountId)).timer).toBeNull();
  expect(await timerChangesAfter(sandbox, account, before)).toEqual(['/api/timer/start', '/api/timer/stop']);
});

test('toggle-timer pressed twice quickly is one press: one start', async ({ openExtensionPage, sandbox, account }) => {
  const options = await connectInOptions(openExtensionPage, sandbox, account.keys.write);
  const before = await sandbox.lastSeq();

  await pressRealKeys(options.page, `${TOGGLE} ${TOGGLE}`);
  await expect.poll(() => readToolbar(options.page), { timeout: 10_000 }).toMatchObject({ badgeText: '0:00' });
  await expect.poll(async () => (await sandbox.state(account.accountId)).timer, { timeout: 10_000 }).not.toBeNull();
  // stop-timer queues behind any toggle still being acted on, so once it is done every press has been.
  // (Pressed before the start reached ClockMe, the two would cancel out: a start taken back.)
  await pressRealKeys(options.page, STOP);
  await expect.poll(() => readToolbar(options.page), { timeout: 10_000 }).toMatchObject({ badgeText: '' });

  // The badge follows the press at once; ClockMe has the stop a moment later.
  await expect.poll(() => timerChangesAfter(sandbox, account, before)).toEqual(['/api/timer/start', '/api/timer/stop']);
  expect((await sandbox.state(account.accountId)).entries).toHaveLength(1);
});

test('toggle-timer works on the first press after Chrome stopped the service worker', async ({ context, openExtensionPage, sandbox, account }) => {
  await connectInOptions(openExtensionPage, sandbox, account.keys.write);
  const web = await webPageOnly(context, sandbox);
  await expect.poll(() => sandbox.unanswered({ accountId: account.accountId })).toBe(0);
  await stopServiceWorkers(context, web);
  const before = await sandbox.lastSeq();

  await pressRealKeys(web, TOGGLE);

  await expect.poll(() => timerChangesAfter(sandbox, account, before), { timeout: 10_000 }).toEqual(['/api/timer/start']);
  expect((await sandbox.state(account.accountId)).timer).not.toBeNull();
  const page = await openExtensionPage('popup.html');
  await expect.poll(() => readToolbar(page)).toMatchObject({ badgeText: '0:00' });
});

test('toggle-timer stops a timer another app started that the badge does not show yet: ClockMe refuses the start, so the press stops that timer', async ({ openExtensionPage, sandbox, account }) => {
  const options = await connectInOptions(openExtensionPage, sandbox, account.keys.write);
  await expect.poll(() => readToolbar(options.page)).toMatchObject({ badgeText: '' });
  await sandbox.startTimerElsewhere(account.accountId, 'Website', 'Fix login');
  const before = await sandbox.lastSeq();

  await pressRealKeys(options.page, TOGGLE);

  await expect.poll(async () => (await sandbox.state(account.accountId)).entries.length, { timeout: 10_000 }).toBe(1);
  const state = await sandbox.state(account.accountId);
  expect(state.timer).toBeNull();
  expect(state.entries[0]).toMatchObject({ projectName: 'Website', description: 'Fix login' });
  // One start (refused: a timer runs) and one stop; no read before the start.
  const sent = (await sandbox.requests({ key: account.keys.write })).filter((request) => request.seq > before);
  expect(sent.map((request) => `${request.method} ${request.path} ${request.status}`)).toEqual(['POST /api/timer/start 409', 'POST /api/timer/stop 200']);
  await expect.poll(() => readToolbar(options.page)).toMatchObject({ badgeText: '' });
});

test('stop-timer only stops, and pressing it again is harmless', async ({ openExtensionPage, sandbox, account }) => {
  const options = await connectInOptions(openExtensionPage, sandbox, account.keys.write);
  await sandbox.startTimerElsewhere(account.accountId, 'Website', 'Fix login');
  const before = await sandbox.lastSeq();

  await pressRealKeys(options.page, `${STOP} ${STOP}`);
  await expect.poll(async () => (await sandbox.state(account.accountId)).entries.length, { timeout: 10_000 }).toBe(1);
  await expect.poll(() => readToolbar(options.page)).toMatchObject({ badgeText: '' });
  await options.page.waitForTimeout(DOUBLE_PRESS_MS);
  await pressRealKeys(options.page, STOP);
  // Nothing runs, locally or at ClockMe (the press reads it first): nothing is sent, and a
  // notification says there was nothing to stop.
  await expect.poll(() => readNotificationIds(options.page), { timeout: 10_000 }).toContain(SHORTCUT_NOTIFICATION_ID);
  await expect.poll(() => sandbox.unanswered({ accountId: account.accountId })).toBe(0);
  expect(await timerChangesAfter(sandbox, account, before)).toEqual(['/api/timer/stop']);

  const state = await sandbox.state(account.accountId);
  expect(state.timer).toBeNull();
  expect(state.entries).toHaveLength(1);
  expect(await readNotificationIds(options.page)).not.toContain(SHORTCUT_PROBLEM_NOTIFICATION_ID);
  await expect(options.page.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0);
});

test('with no key, a shortcut opens the options page and sends nothing', async ({ context, extensionId, installPage, sandbox }) => {
  void installPage; // closed by webPageOnly once the web page is open (a window's last tab would end the browser)
  const web = await webPageOnly(context, sandbox);
  const before = await sandbox.lastSeq();

  await pressRealKeys(web, TOGGLE);

  const optionsUrl = `chrome-extension://${extensionId}/options.html`;
  await expect.poll(() => context.pages().some((page) => page.url() === optionsUrl), { timeout: 10_000 }).toBe(true);
  expect(await sandbox.lastSeq()).toBe(before);
});

test('with a read-only key, a shortcut sends nothing and a notification says why', async ({ context, openExtensionPage, sandbox, account }) => {
  await connectInOptions(openExtensionPage, sandbox, account.keys.read);
  const web = await webPageOnly(context, sandbox);
  const before = await sandbox.lastSeq();

  await pressRealKeys(web, TOGGLE);

  const page = await openExtensionPage('options.html');
  await expect.poll(() => readNotificationIds(page), { timeout: 10_000 }).toContain(SHORTCUT_PROBLEM_NOTIFICATION_ID);
  expect(await timerChangesAfter(sandbox, account, before)).toEqual([]);
});

test('toggle-timer starts on the project chosen in the options page and, when turned on, says so in a notification', async ({ openExtensionPage, sandbox, account }) => {
  const options = await connectInOptions(openExtensionPage, sandbox, account.keys.write);
  await options.page.getByLabel('Default project').selectOption({ label: 'Internal' });
  await options.page.getByLabel('Show a notification when a shortcut starts or stops the timer').check();
  await expect(options.page.getByRole('status').filter({ hasText: 'Saved.' })).toHaveCount(2);

  await pressRealKeys(options.page, TOGGLE);

  await expect.poll(async () => (await sandbox.state(account.accountId)).timer?.projectName, { timeout: 10_000 }).toBe('Internal');
  await expect.poll(() => readNotificationIds(options.page)).toContain(SHORTCUT_NOTIFICATION_ID);
});
