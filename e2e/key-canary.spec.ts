import type { BrowserContext, Page, Worker } from '@playwright/test';
import { DOUBLE_PRESS_MS } from '../utils/background/commands';
import { expect, test } from './fixtures';
import { LogTimeForm } from './pages/log-time';
import { OptionsPage } from './pages/options';
import { PopupPage } from './pages/popup';
import { instrumentWorker, readAllStorage, readWorkerRecords, searchPages, searchStorage, watchBrowser } from './support/browser-watch';
import { CanarySearch } from './support/canary';
import { ageRequestBudget, ageStoredTimer } from './support/extension-storage';
import { revokedText } from './support/key-flows';
import { pressRealKeys } from './support/keyboard';
import { KEY_REVOKED_NOTIFICATION_ID, readNotificationIds, readToolbar } from './support/toolbar';

/**
 * The canary: a fresh Full key, used for everything a person can do, must afterwards turn up in
 * exactly two kinds of places: the one `storage.local` item `apiKey` (until the revocation clears
 * it) and `Authorization: Bearer <key>` headers of requests to the API origin. Everything else a
 * browser shows, keeps or sends is searched for the key, its body and every 8 characters of it.
 */

// Real key presses (the shortcuts) reach Chrome only in a headed window: runs in the "shortcuts" project.
test.use({ headed: true });

const TOGGLE = 'alt+shift+k';
const STOP = 'alt+shift+j';

const isOurWorker = (worker: Worker) => new URL(worker.url()).pathname === '/background.js';

/** Our service worker as it runs now. */
function ourWorker(context: BrowserContext): Worker {
  const worker = context.serviceWorkers().find(isOurWorker);
  if (!worker) throw new Error('The extension has no service worker running.');
  return worker;
}

/** A local date `days` before today in the browser's time zone, as `YYYY-MM-DD`. */
function localDate(page: Page, daysAgo: number): Promise<string> {
  return page.evaluate((days) => new Date(Date.now() - days * 86_400_000).toLocaleDateString('sv'), daysAgo);
}

test('a canary key appears only in its storage item and in Authorization headers to the API, whatever the person does', async ({ context, openExtensionPage, sandbox, account }) => {
  test.setTimeout(60_000); // every feature one after the other (about 25 s), with an outage and a revocation
  const canary = await sandbox.createKey(account.accountId, 'full', 'Canary');
  const search = new CanarySearch(canary);
  const requests = watchBrowser(context, search, sandbox.origin);
  const worker = ourWorker(context);
  await instrumentWorker(worker);
  const apiKeys: Array<{ step: string; apiKey: unknown }> = [];

  /** After each step: every page's text and DOM, the toolbar, and every storage area (through each extension page: their `sessionStorage` is their own). */
  async function look(step: string, page: Page): Promise<void> {
    await searchPages(search, step, context);
    search.add(`${step}: toolbar`, JSON.stringify(await readToolbar(page)));
    apiKeys.push({ step, apiKey: searchStorage(search, step, await readAllStorage(page)) });
    for (const other of context.pages()) if (other !== page && other.url().startsWith('chrome-extension://')) searchStorage(search, step, await readAllStorage(other));
  }

  // Each channel is really watched: a probe sent through it is seen.
  const probe = `probe-${Date.now()}`;
  await worker.evaluate((text) => {
    console.log(`${text}-worker-console`);
    setTimeout(() => {
      throw new Error(`${text}-worker-error`);
    });
  }, probe);
  await expect.poll(() => search.saw(`${probe}-worker-console`, 'worker console.log (background.js)'), { message: "the service worker's console is watched (its own event)" }).toBe(true);
  await expect.poll(() => search.saw(`${probe}-worker-console`, 'console.log (background.js)'), { message: "the service worker's console is watched (the context's event)" }).toBe(true);
  await expect.poll(async () => (await readWorkerRecords(worker))?.errors.join('\n') ?? '', { message: "the service worker's uncaught errors are recorded" }).toContain(`${probe}-worker-error`);

  // Connect in the options page, and change the settings.
  const options = new OptionsPage(await openExtensionPage('options.html'));
  await options.page.evaluate((text) => setTimeout(() => {
    throw new Error(`${text}-page-error`);
  }), probe);
  await expect.poll(() => search.saw(`${probe}-page-error`), { message: "the pages' uncaught errors are watched" }).toBe(true);
  await options.keyEntry.submit(canary);
  await expect(options.keyEntry.status).toContainText('Connected');
  await expect(options.keyEntry.field).toHaveValue('');
  await look('connected', options.page);
  await options.page.getByLabel('Default project').selectOption({ label: 'Internal' });
  await options.page.getByLabel('Show a notification when a shortcut starts or stops the timer').check();
  await expect(options.page.getByRole('status').filter({ hasText: 'Saved.' })).toHaveCount(2);
  await options.page.getByRole('radio', { name: 'Dark' }).check();
  await expect.poll(async () => (await readAllStorage(options.page)).local.settings).toMatchObject({ notifyOnShortcut: true, theme: 'dark' });
  await look('settings', options.page);
  await options.removeKey.click();
  await expect(options.removed).toBeVisible();
  await look('removing', options.page); // within the undo window
  await options.undo.click();
  await expect(options.connected).toBeVisible();

  // The popup: create a project (Full key), describe, start, switch, stop, continue, log time.
  const popup = new PopupPage(await openExtensionPage('popup.html'));
  await popup.projectsListed();
  await popup.project.fill('Canary project');
  await popup.page.getByRole('option', { name: "Create 'Canary project'" }).click();
  await expect(popup.project).toHaveValue('Canary project');
  await popup.description.fill('Canary work');
  await popup.start.click();
  await expect(popup.runningProject).toHaveText('Canary project');
  await expect.poll(async () => (await sandbox.state(account.accountId)).timer?.projectName).toBe('Canary project');
  await look('started', popup.page);

  await popup.chooseProject('Website');
  await popup.description.fill('Switched work');
  await expect(popup.switchTimer).toHaveAttribute('aria-disabled', 'false');
  await popup.switchTimer.click();
  await expect(popup.runningProject).toHaveText('Website');
  await expect.poll(async () => (await sandbox.state(account.accountId)).timer?.projectName).toBe('Website');
  await look('switched', popup.page);

  await expect(popup.stop).toHaveAttribute('aria-disabled', 'false');
  await popup.stop.click();
  await expect(popup.start).toBeVisible();
  await expect.poll(async () => (await sandbox.state(account.accountId)).entries.length).toBe(2);
  await look('stopped', popup.page);

  const recent = popup.page.getByRole('region', { name: 'Recent entries' });
  await recent.getByRole('button', { name: 'Continue Website — Switched work' }).click();
  await expect(popup.runningProject).toHaveText('Website');
  await expect.poll(async () => (await sandbox.state(account.accountId)).timer?.description).toBe('Switched work');
  await expect(popup.stop).toHaveAttribute('aria-disabled', 'false');
  await popup.stop.click();
  await expect.poll(async () => (await sandbox.state(account.accountId)).entries.length).toBe(3);
  await look('continued', popup.page);

  const logTime = new LogTimeForm(popup.page);
  await logTime.toggle.click();
  await logTime.project.selectOption({ label: 'Canary project' });
  await logTime.description.fill('Forgot to track');
  await logTime.date.fill(await localDate(popup.page, 1));
  await logTime.start.fill('09:00');
  await logTime.end.fill('10:00');
  await logTime.save.click();
  await expect(logTime.status).toHaveText('Logged 1:00 on Canary project.');
  await expect.poll(async () => (await sandbox.state(account.accountId)).entries.length).toBe(4);
  await look('logged', popup.page);

  // The keyboard shortcuts: toggle starts (on the default project), stop stops; both notify.
  await pressRealKeys(popup.page, TOGGLE);
  await expect.poll(async () => (await sandbox.state(account.accountId)).timer?.projectName, { timeout: 10_000 }).toBe('Internal');
  await popup.page.waitForTimeout(DOUBLE_PRESS_MS); // a person sees the badge change before pressing again
  await pressRealKeys(popup.page, STOP);
  await expect.poll(async () => (await sandbox.state(account.accountId)).entries.length, { timeout: 10_000 }).toBe(5);
  await look('shortcuts', popup.page);

  // An outage: a shortcut's start is kept; the popup says why; ClockMe comes back and gets it.
  await ageRequestBudget(popup.page); // the person paused for a minute; a test going faster meets the extension's own limit
  const outage = await sandbox.injectFault({ key: canary, drop: true, count: 10_000 });
  await popup.page.waitForTimeout(DOUBLE_PRESS_MS);
  await pressRealKeys(popup.page, TOGGLE);
  await expect(popup.waiting).toContainText('Offline — 1 change waiting', { timeout: 10_000 });
  await ageStoredTimer(popup.page);
  await popup.page.reload();
  await expect(popup.waiting).toContainText(/Can[’']t reach ClockMe/);
  await look('outage', popup.page);
  await sandbox.removeFault(outage.faultId);
  const recoveredAt = await sandbox.lastSeq(); // the dropped requests before it stay unanswered
  await ageStoredTimer(popup.page);
  await popup.page.reload();
  await expect.poll(async () => (await sandbox.state(account.accountId)).timer?.projectName, { timeout: 15_000 }).toBe('Internal');
  await expect(popup.waiting).not.toContainText('waiting');
  await look('recovered', popup.page);

  // The revocation, met by a shortcut with no extension page open: key cleared, a notification.
  const web = await context.newPage();
  await web.goto('about:blank');
  for (const page of context.pages()) if (page.url().startsWith('chrome-extension://')) await page.close();
  await expect.poll(async () => (await sandbox.requests({ key: canary })).filter((request) => request.seq > recoveredAt && request.status === null)).toEqual([]);
  const beforeRevocation = await sandbox.lastSeq();
  await sandbox.revokeKey(canary);
  await web.waitForTimeout(DOUBLE_PRESS_MS);
  await pressRealKeys(web, TOGGLE);
  await expect
    .poll(async () => (await sandbox.requests({ key: canary })).filter((request) => request.seq > beforeRevocation).map((request) => request.status), { timeout: 10_000 })
    .toContain(401);
  const revoked = new OptionsPage(await openExtensionPage('options.html'));
  await expect(revoked.alert.filter({ hasText: 'revoked' })).toContainText(revokedText(canary));
  await expect.poll(() => readNotificationIds(revoked.page)).toContain(KEY_REVOKED_NOTIFICATION_ID);
  await look('revoked', revoked.page);

  // The notifications, read back before anything can restart the worker.
  const shown = await readNotificationIds(revoked.page);
  const records = await readWorkerRecords(worker);
  expect(records, 'the service worker that was instrumented is still the one running').not.toBeNull();
  const notified = records!.notifications.map((call) => (call.args[0] as string) ?? '');
  expect(notified, 'every notification showing was recorded').toEqual(expect.arrayContaining(shown));
  expect(notified).toContain(KEY_REVOKED_NOTIFICATION_ID);
  for (const call of records!.notifications) search.add(`notification ${call.method} ${String(call.args[0])}`, JSON.stringify(call.args));
  for (const error of records!.errors) search.add('uncaught error (service worker)', error);

  // Every request ClockMe saw: the key only as "Authorization: Bearer <key>", only to the API origin.
  const apiHost = new URL(sandbox.origin).host;
  let bearerHeaders = 0;
  for (const request of await sandbox.requests()) {
    const where = `sandbox saw ${request.method} ${request.url}`;
    search.add(`${where} URL`, request.url);
    search.add(`${where} body`, request.bodyText);
    for (const [name, value] of Object.entries(request.headers)) {
      if (name === 'authorization' && value === `Bearer ${canary}` && request.headers.host === apiHost) bearerHeaders += 1;
      else search.add(`${where} header ${name}`, value);
    }
  }
  await searchPages(search, 'the end', context);
  await search.settle();

  await test.info().attach('searched', { body: JSON.stringify({ texts: search.summary(), notifications: records!.notifications }, null, 2), contentType: 'application/json' });
  expect(search.sightings(), 'places the canary key leaked to').toEqual([]);
  expect(bearerHeaders, 'the key did reach ClockMe, in the Authorization header').toBeGreaterThan(10);
  expect(requests.allowed.authorization, "the browser's own view of the requests saw the key in the Authorization header").toBeGreaterThan(10);
  expect(search.count('console'), 'console messages were collected').toBeGreaterThan(0);
  expect(apiKeys.slice(0, -1).every(({ apiKey }) => apiKey === canary), 'the key stays in storage.local "apiKey" until revoked').toBe(true);
  expect(apiKeys.at(-1)?.apiKey ?? null, 'the revocation cleared it').toBeNull();
});
