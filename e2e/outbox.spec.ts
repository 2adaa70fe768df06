import { expect, test } from './fixtures';
import { PopupPage } from './pages/popup';
import { readLocalStorage } from './support/extension-storage';
import type { LoggedRequest, SandboxAccount, SandboxAdmin } from './support/sandbox-admin';
import { stopServiceWorkers } from './support/service-worker';

/** A popup with the account's write key saved and the projects listed. */
async function connectedPopup(openExtensionPage: (file: 'popup.html') => Promise<import('@playwright/test').Page>, account: SandboxAccount): Promise<PopupPage> {
  const popup = new PopupPage(await openExtensionPage('popup.html'));
  await popup.keyEntry.submit(account.keys.write);
  await popup.projectsListed('Website');
  return popup;
}

const startsAndStops = async (sandbox: SandboxAdmin, account: SandboxAccount) => sandbox.timerChanges({ accountId: account.accountId });
const outboxOps = async (popup: PopupPage) => ((await readLocalStorage(popup.page)).outbox as { ops: unknown[] } | undefined)?.ops ?? [];

test.describe('never lose time', () => {
  test('ClockMe unreachable → Stop → ClockMe back: one entry, ending within 2 s of the click', async ({ openExtensionPage, sandbox, account }) => {
    const popup = await connectedPopup(openExtensionPage, account);
    await popup.chooseProject('Website');
    await popup.start.click();
    await expect.poll(async () => (await sandbox.state(account.accountId)).timer?.projectName).toBe('Website');
    const { faultId } = await sandbox.injectFault({ key: account.keys.write, drop: true, count: 10_000 });

    const clickedAt = Date.now();
    await popup.stop.click();

    await expect(popup.start).toBeVisible();
    await expect(popup.waiting).toContainText('Offline — 1 change waiting');
    await expect(popup.waiting).toContainText(/Stop at \d/);
    expect((await sandbox.state(account.accountId)).timer).not.toBeNull();

    await sandbox.removeFault(faultId);

    await expect.poll(async () => (await sandbox.state(account.accountId)).entries.length, { timeout: 30_000 }).toBe(1);
    await expect.poll(async () => Math.abs(Date.parse((await sandbox.state(account.accountId)).entries[0]!.endedAt) - clickedAt), { timeout: 10_000 }).toBeLessThanOrEqual(2_000);
    expect((await sandbox.state(account.accountId)).timer).toBeNull();
    await expect(popup.waiting).not.toContainText('waiting');
  });

  test('the service worker killed while a start is in flight: exactly one running timer', async ({ context, openExtensionPage, sandbox, account }) => {
    const popup = await connectedPopup(openExtensionPage, account);
    await sandbox.injectFault({ key: account.keys.write, path: '/api/timer/start', delayMs: 2_000, count: 1 });
    await popup.chooseProject('Internal');

    await popup.start.click();
    await expect.poll(() => sandbox.unanswered({ accountId: account.accountId })).toBe(1);
    await stopServiceWorkers(context, popup.page);

    await expect.poll(async () => (await sandbox.state(account.accountId)).timer?.projectName, { timeout: 10_000 }).toBe('Internal');
    // The next worker reconciles with GET /api/timer/current instead of starting again.
    await expect.poll(() => outboxOps(popup), { timeout: 40_000 }).toEqual([]);
    expect((await startsAndStops(sandbox, account)).map((request) => request.path)).toEqual(['/api/timer/start']);
    expect((await sandbox.state(account.accountId)).entries).toEqual([]);
  });

  test('a 429 with Retry-After: 3: nothing is sent before 3 s have passed, then the start goes through', async ({ openExtensionPage, sandbox, account }) => {
    const popup = await connectedPopup(openExtensionPage, account);
    await sandbox.injectFault({ key: account.keys.write, path: '/api/timer/start', status: 429, retryAfter: 3, count: 1 });

    await popup.start.click();

    await expect(popup.stop).toBeVisible();
    await expect.poll(async () => (await sandbox.state(account.accountId)).timer?.projectName, { timeout: 15_000 }).toBe('Website');
    const requests = await sandbox.requests({ key: account.keys.write });
    const limited = requests.find((request) => request.status === 429)!;
    const after = requests.filter((request) => request.seq > limited.seq);
    expect(after.length).toBeGreaterThan(0);
    for (const request of after) expect(Date.parse(request.at) - Date.parse(limited.at)).toBeGreaterThanOrEqual(3_000);
  });

  test('a double click on Start sends one start', async ({ openExtensionPage, sandbox, account }) => {
    const popup = await connectedPopup(openExtensionPage, account);

    await popup.start.dblclick();

    await expect(popup.stop).toBeVisible();
    await expect.poll(() => outboxOps(popup)).toEqual([]);
    expect((await startsAndStops(sandbox, account)).map((request) => request.path)).toEqual(['/api/timer/start']);
    expect((await sandbox.state(account.accountId)).timer).not.toBeNull();
  });

  test('50 rapid clicks: never more than 20 requests in any 60 s, and ClockMe ends in the state the person left', async ({ openExtensionPage, sandbox, account }) => {
    test.setTimeout(150_000);
    const popup = await connectedPopup(openExtensionPage, account);
    const toggle = popup.start.or(popup.stop);

    for (let click = 0; click < 50; click += 1) await toggle.click();

    await expect.poll(() => outboxOps(popup), { timeout: 120_000 }).toEqual([]);
    // What the popup shows once everything is sent is what the clicks left, and nothing was refused.
    expect((await readLocalStorage(popup.page)).outbox).toMatchObject({ refused: null });
    await expect(toggle).toHaveAttribute('aria-disabled', 'false');
    const endsRunning = await popup.stop.isVisible();
    expect((await sandbox.state(account.accountId)).timer !== null).toBe(endsRunning);
    const sent: LoggedRequest[] = await sandbox.requests({ key: account.keys.write });
    for (const request of sent) {
      const from = Date.parse(request.at);
      expect(sent.filter((other) => Date.parse(other.at) >= from && Date.parse(other.at) < from + 60_000).length).toBeLessThanOrEqual(20);
    }
  });
});
