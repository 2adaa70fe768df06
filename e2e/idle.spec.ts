import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { E2E_POLL_SCALE } from './global-setup';
import { IdleQuestion } from './pages/idle-question';
import { readLocalStorage } from './support/extension-storage';
import { connectInOptions } from './support/key-flows';
import { startPrivateDisplay, type PrivateDisplay } from './support/private-display';
import type { SandboxAccount, SandboxAdmin, SandboxTimer } from './support/sandbox-admin';
import { readNotificationIds } from './support/toolbar';

/**
 * Idle detection and heartbeats with Chrome's real `chrome.idle`: it reports "idle" when the X
 * server has had no input for the detection interval, and "active" on the next input. Each test
 * runs Chromium headed on an Xvfb of its own (so no other test's input counts) and plays the
 * person with `xdotool mousemove`. The e2e build scales the cadence by a tenth, so an idle
 * threshold of 2 minutes is Chrome's minimum of 15 s and a heartbeat is due every 24 s.
 */
const idleTest = test.extend<{ computer: PrivateDisplay }>({
  computer: async ({}, use) => {
    const computer = await startPrivateDisplay();
    await use(computer);
    await computer.close();
  },
  display: async ({ computer }, use) => {
    await use(computer.display);
  },
});
idleTest.use({ headed: true });

/** The idle threshold in the e2e build (s): 2 minutes scaled, raised to Chrome's minimum. */
const THRESHOLD_S = 15;
/** The heartbeat period in the e2e build (ms): 4 minutes (`HEARTBEAT_MINUTES`, not imported: its module loads WXT storage) scaled. */
const HEARTBEAT_MS = 4 * 60_000 * E2E_POLL_SCALE;
/** How far a time ClockMe records may be from the person's last input (ms). */
const TOLERANCE_MS = 2_000;

const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

/** Turns idle detection on with the shortest threshold, as the options page would store it. */
async function turnOnIdleDetection(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const defaults = { defaultProjectId: null, notifyOnShortcut: false, heartbeat: true, theme: 'system' };
    const { settings } = (await chrome.storage.local.get('settings')) as { settings?: object };
    await chrome.storage.local.set({ settings: { ...defaults, ...settings, idleDetection: true, idleThresholdMinutes: 2 }, settings$: { v: 2 } });
  });
}

/** The changes ClockMe received with `key` after `seq` (no reads, no heartbeats), as `METHOD path`. */
async function changesAfter(sandbox: SandboxAdmin, key: string, seq: number): Promise<string[]> {
  const requests = await sandbox.requests({ key });
  return requests.filter((request) => request.seq > seq && request.method !== 'GET' && request.path !== '/api/timer/heartbeat').map((request) => `${request.method} ${request.path}`);
}

/** A timer that started 10 minutes ago in another ClockMe app, and the extension connected with idle detection on. */
async function runningWithIdleDetection(openExtensionPage: (file: 'options.html') => Promise<Page>, sandbox: SandboxAdmin, account: SandboxAccount, computer: PrivateDisplay) {
  const { timer } = await sandbox.startTimerElsewhere(account.accountId, 'Website', 'Fix login', ago(10 * 60_000));
  await computer.touch();
  const options = await connectInOptions(openExtensionPage, sandbox, account.keys.write);
  await turnOnIdleDetection(options.page);
  return { timer, page: options.page };
}

/**
 * The person stops touching the computer until Chrome reports it idle; idleness is dated from
 * their last input.
 * @returns when they last touched the computer (ms).
 */
async function leave(page: Page, computer: PrivateDisplay): Promise<number> {
  const lastInput = await computer.touch();
  await expect
    .poll(async () => (await readLocalStorage(page)).idleSince, { message: 'Chrome reports the computer idle', timeout: (THRESHOLD_S + 10) * 1000 })
    .toEqual(expect.any(Number));
  const idleSince = (await readLocalStorage(page)).idleSince as number;
  expect(Math.abs(idleSince - lastInput), 'idleness is dated from the last input').toBeLessThanOrEqual(TOLERANCE_MS);
  return lastInput;
}

/** The person moves the mouse: the extension asks about the time away (stored question and a notification). Returns when (ms). */
async function comeBack(page: Page, computer: PrivateDisplay, timer: SandboxTimer): Promise<number> {
  const idleSince = (await readLocalStorage(page)).idleSince as number;
  const back = await computer.touch();
  await expect.poll(async () => (await readLocalStorage(page)).idlePrompt, { message: 'the question is asked' }).toMatchObject({ idleStartedAt: idleSince, timerId: timer.id });
  // The notification is created right after the question is stored.
  await expect.poll(() => readNotificationIds(page), { message: 'the notification is shown' }).toContain('clockme-idle');
  return back;
}

idleTest('away past the threshold with a timer running: no heartbeat while idle, one on return; "Stop at idle start" stops the timer, then moves its end back to the last input', async ({ openExtensionPage, sandbox, account, computer }) => {
  idleTest.setTimeout(60_000);
  const key = account.keys.write;
  const heartbeats = async () => (await sandbox.requests({ key })).filter((request) => request.path === '/api/timer/heartbeat');
  const { timer, page } = await runningWithIdleDetection(openExtensionPage, sandbox, account, computer);
  // The timer has run longer than one heartbeat period and the person is active: a beat goes at once.
  await expect.poll(async () => (await heartbeats()).map((beat) => beat.status)).toEqual([200]);

  const lastInput = await leave(page, computer);
  // The next beat falls due (24 s after the first) while the computer is idle: its alarm fires and
  // nothing is sent, and no alarm follows it.
  await expect.poll(() => page.evaluate(() => chrome.alarms.get('heartbeat')), { timeout: HEARTBEAT_MS + 5_000 }).toBeUndefined();
  expect(await heartbeats()).toHaveLength(1);
  const back = await comeBack(page, computer, timer);
  await expect.poll(async () => (await heartbeats()).length, { message: 'one beat as soon as the person is back' }).toBe(2);
  expect(Date.parse((await heartbeats())[1]!.at)).toBeGreaterThanOrEqual(back - 500);

  const question = new IdleQuestion(await openExtensionPage('popup.html'));
  await expect(question.region).toContainText(/^Idle timeYou were away from .+ to .+ \(\d+ min\)\. What should happen to that time\?/);
  const before = await sandbox.lastSeq();
  await question.stopAtIdleStart.click();

  await expect(question.page.getByText(/^Stopped at /)).toBeVisible();
  await expect.poll(() => changesAfter(sandbox, key, before)).toEqual(['POST /api/timer/stop', expect.stringMatching(/^PATCH \/api\/entries\/ent_/)]);
  const patch = (await sandbox.requests({ key })).find((request) => request.seq > before && request.method === 'PATCH');
  const endedAt = Date.parse((patch?.body as { endedAt: string }).endedAt);
  expect(Math.abs(endedAt - lastInput), 'the entry ends at the idle start').toBeLessThanOrEqual(TOLERANCE_MS);
  const state = await sandbox.state(account.accountId);
  expect(state.timer).toBeNull();
  expect(state.entries.map((entry) => entry.endedAt)).toEqual([new Date(endedAt).toISOString()]);
  expect(await readNotificationIds(question.page)).not.toContain('clockme-idle');
});

idleTest('"Discard idle time" stops the timer at the idle start and starts it again now on the same project and description', async ({ openExtensionPage, sandbox, account, computer }) => {
  idleTest.setTimeout(60_000);
  const key = account.keys.write;
  const { timer, page } = await runningWithIdleDetection(openExtensionPage, sandbox, account, computer);
  const lastInput = await leave(page, computer);
  await comeBack(page, computer, timer);

  const popup = await openExtensionPage('popup.html');
  const question = new IdleQuestion(popup);
  const before = await sandbox.lastSeq();
  const clickedAt = Date.now();
  await question.discard.click();

  await expect(popup.getByText(/^Idle time discarded: stopped at /)).toBeVisible();
  await expect.poll(() => changesAfter(sandbox, key, before)).toEqual(['POST /api/timer/stop', expect.stringMatching(/^PATCH \/api\/entries\/ent_/), 'POST /api/timer/start']);
  const patch = (await sandbox.requests({ key })).find((request) => request.seq > before && request.method === 'PATCH');
  expect(Math.abs(Date.parse((patch?.body as { endedAt: string }).endedAt) - lastInput)).toBeLessThanOrEqual(TOLERANCE_MS);
  const state = await sandbox.state(account.accountId);
  expect(state.timer).toMatchObject({ projectId: timer.projectId, description: 'Fix login' });
  expect(Math.abs(Date.parse(state.timer!.startedAt) - clickedAt)).toBeLessThanOrEqual(TOLERANCE_MS);
  expect(state.entries).toEqual([expect.objectContaining({ startedAt: timer.startedAt, endedAt: (patch?.body as { endedAt: string }).endedAt })]);
});
