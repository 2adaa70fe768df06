import { expect, test as base } from './fixtures';
import { PopupPage } from './pages/popup';
import { canaryNeedles } from './support/canary';
import { ageStoredTimer, readLocalStorage } from './support/extension-storage';
import { startRecordingServer, type RecordingServer } from './support/recording-server';

/**
 * ClockMe (here: the sandbox) answers with a redirect to another local port, where a second
 * server records whatever reaches it. The extension must not follow it: the key never gets
 * there, the person sees a plain "can't reach" and the start waits in the outbox until ClockMe
 * answers properly again.
 */
const test = base.extend<{ elsewhere: RecordingServer }>({
  elsewhere: async ({}, use) => {
    const server = await startRecordingServer();
    await use(server);
    await server.close();
  },
});

test('a redirect to another port never delivers the key there; the start is kept and reaches ClockMe once the redirect is gone', async ({ openExtensionPage, sandbox, account, elsewhere }) => {
  const key = account.keys.write;
  // The harness: a client that follows the sandbox's redirect does land on the second server.
  await sandbox.injectFault({ key: account.keys.read, redirectTo: elsewhere.origin, count: 1 });
  const followed = await fetch(`${sandbox.origin}/api/timer/current`, { headers: { authorization: `Bearer ${account.keys.read}` } });
  expect(followed.status).toBe(200);
  expect(elsewhere.received.map((request) => request.url)).toEqual(['/api/timer/current']);
  const harness = elsewhere.received.length;

  const popup = new PopupPage(await openExtensionPage('popup.html'));
  await popup.keyEntry.submit(key);
  await popup.projectsListed('Website');
  await expect.poll(() => sandbox.unanswered({ key })).toBe(0);
  const before = await sandbox.lastSeq();
  const redirect = await sandbox.injectFault({ key, redirectTo: elsewhere.origin, status: 307, count: 10_000 });

  await popup.chooseProject('Website');
  await popup.description.fill('Through a redirect');
  await popup.start.click();

  // The person keeps the timer they started and reads a plain reason.
  await expect(popup.waiting).toContainText('Offline — 1 change waiting');
  await expect(popup.waiting).toContainText(/Can[’']t reach ClockMe/);
  await expect(popup.stop).toBeVisible();
  // A refresh meets the redirect too.
  await ageStoredTimer(popup.page);
  await popup.page.reload();
  await expect(popup.waiting).toContainText(/Can[’']t reach ClockMe/);
  await expect(popup.runningProject).toHaveText('Website');
  const met = (await sandbox.requests({ key })).filter((request) => request.seq > before).map((request) => `${request.method} ${request.path} ${request.status}`);
  expect(met).toContain('POST /api/timer/start 307');
  expect(met).toContain('GET /api/timer/current 307');
  expect((await sandbox.state(account.accountId)).timer).toBeNull();
  expect((await readLocalStorage(popup.page)).apiKey, 'a redirect says nothing about the key').toBe(key);

  // ClockMe answers properly again: the start is sent, once.
  await sandbox.removeFault(redirect.faultId);
  await ageStoredTimer(popup.page);
  await popup.page.reload();
  await expect.poll(async () => (await sandbox.state(account.accountId)).timer, { timeout: 10_000 }).toMatchObject({ projectName: 'Website', description: 'Through a redirect' });
  await expect(popup.waiting).not.toContainText('waiting');
  expect((await sandbox.timerChanges({ key })).filter((request) => request.status === 201)).toHaveLength(1);

  // Nothing of the extension's ever reached the other server, least of all the key.
  expect(elsewhere.received.slice(harness)).toEqual([]);
  const everything = JSON.stringify(elsewhere.received);
  for (const { needle, what } of canaryNeedles(key)) expect(everything, `${what} reached the other server`).not.toContain(needle);
});
