import { isDeepStrictEqual } from 'node:util';
import type { ProtocolMap } from '../utils/messaging';
import { expect, test as base } from './fixtures';
import { readAllStorage } from './support/browser-watch';
import { connectInOptions } from './support/key-flows';
import { readToolbar } from './support/toolbar';
import { buildStrangerExtensions, extensionIdOf, workerOf, type Asked, type Connected } from './support/stranger-extensions';
import { askWorker } from './support/worker-messages';

/**
 * Another extension installed next to ours sends ours every message our pages send, in their
 * wire format, and opens a port: it gets no answer, and nothing changes (no request to ClockMe,
 * no storage change, no timer). An "echo" extension that does listen answers the same stranger,
 * so the silence is ours, not the harness's.
 */
const test = base.extend<{ strangers: string[] }>({
  strangers: async ({}, use) => {
    const built = await buildStrangerExtensions();
    await use(built.dirs);
    await built.remove();
  },
  extraExtensions: async ({ strangers }, use) => {
    await use(strangers);
  },
});

/** The poll's alarm (`POLL_ALARM` in utils/background/poll.ts, which can't be imported outside an extension: it loads WXT storage). */
const POLL_ALARM = 'poll-timer';

/** What Chrome says when an extension does not take messages from others. */
const NOT_RECEIVED = /Could not establish connection\. Receiving end does not exist\./;

test('messages and ports from another extension get no answer and change nothing', async ({ context, extensionId, openExtensionPage, sandbox, account }) => {
  const options = await connectInOptions(openExtensionPage, sandbox, account.keys.write);
  const stranger = await workerOf(context, 'stranger.js');
  const echoId = extensionIdOf(await workerOf(context, 'echo.js'));
  const ours = await workerOf(context, 'background.js');
  // No background read may fall into the window watched below: stop the poll (nothing else runs while idle).
  expect(await ours.evaluate((alarm) => chrome.alarms.clear(alarm), POLL_ALARM), 'the poll alarm was set').toBe(true);
  await expect.poll(() => sandbox.unanswered({ accountId: account.accountId })).toBe(0);
  // The connection's answers are all stored (the project list last): two reads 250 ms apart agree.
  await expect(options.page.getByLabel('Default project').getByRole('option', { name: 'Website' })).toHaveCount(1);
  let storageBefore = await readAllStorage(options.page);
  const unchangedSinceLastRead = async () => {
    const previous = storageBefore;
    storageBefore = await readAllStorage(options.page);
    return isDeepStrictEqual(previous, storageBefore);
  };
  await expect.poll(unchangedSinceLastRead, { intervals: [250], message: 'storage settles after connecting' }).toBe(true);
  const toolbarBefore = await readToolbar(options.page);
  const stateBefore = await sandbox.state(account.accountId);
  const before = await sandbox.lastSeq();
  const website = stateBefore.projects.find((project) => project.name === 'Website')!.id;

  // Every message of our protocol, with data our pages would send.
  const now = Date.now();
  const attempts: { [K in keyof ProtocolMap]: Parameters<ProtocolMap[K]>[0] | undefined } = {
    saveKey: account.keys.full,
    removeKey: undefined,
    undoRemoveKey: undefined,
    finishRemoveKey: undefined,
    resumePaused: undefined,
    discardPaused: undefined,
    refreshTimer: undefined,
    listProjects: undefined,
    startTimer: { projectId: website, description: 'Started by a stranger' },
    stopTimer: undefined,
    switchTimer: { projectId: website, description: 'Switched by a stranger' },
    logTime: { projectId: website, description: 'Logged by a stranger', startedAt: now - 7_200_000, endedAt: now - 3_600_000 },
    createProject: 'Stranger project',
    resolveIdle: 'discard',
  };
  const messages: unknown[] = [
    ...Object.entries(attempts).map(([type, data], index) => ({ id: index + 1, type, data, timestamp: now })),
    { type: 'startTimer', data: { projectId: website, description: '' } },
    account.keys.full,
  ];
  const asked = async (id: string, message: unknown) => stranger.evaluate(([to, sent]) => (self as unknown as { ask(id: string, message: unknown): Promise<Asked> }).ask(to, sent), [id, message] as const);
  const connected = async (id: string, message: unknown) => stranger.evaluate(([to, sent]) => (self as unknown as { connectTo(id: string, message: unknown): Promise<Connected> }).connectTo(to, sent), [id, message] as const);

  // The harness works: the echo extension answers the stranger, by message and by port.
  expect(await asked(echoId, messages[0])).toEqual({ answered: true, response: expect.objectContaining({ echoed: messages[0] }) });
  expect(await connected(echoId, messages[0])).toMatchObject({ disconnected: false, got: [{ echoed: messages[0] }] });

  // Ours answers nothing: Chrome refuses to deliver.
  for (const message of messages) {
    const answer = await asked(extensionId, message);
    expect(answer, `no answer to ${JSON.stringify(message)}`).toEqual({ answered: false, error: expect.stringMatching(NOT_RECEIVED) });
  }
  const port = await connected(extensionId, messages.find((message) => (message as { type?: string }).type === 'startTimer'));
  expect(port).toEqual({ disconnected: true, got: [], error: expect.stringMatching(NOT_RECEIVED) });

  // A web page on the API's own origin cannot reach the extension either.
  const web = await context.newPage();
  await web.goto(`${sandbox.origin}/settings/api-keys`);
  expect(await web.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe('undefined');

  // Nothing changed. (A message of our own page goes through the same worker after them.)
  expect(await askWorker(options.page, 'listProjects', { maxAgeMs: 3_600_000 })).toMatchObject({ ok: true });
  expect(await readAllStorage(options.page)).toEqual(storageBefore);
  expect(await readToolbar(options.page)).toEqual(toolbarBefore);
  expect(await sandbox.state(account.accountId)).toEqual(stateBefore);
  expect((await sandbox.requests({ accountId: account.accountId })).filter((request) => request.seq > before)).toEqual([]);
  await expect(options.connected).toBeVisible();
  await expect(options.alert).toHaveCount(0);
});
