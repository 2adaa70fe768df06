import { fakeBrowser } from 'wxt/testing';
import { apiKeyItem, outboxItem, timerItem } from '../../storage';
import { createBackgroundActions } from '../actions';
import { ApiError } from '../../clockme/errors';
import { isFromOwnPage } from '../message-guard';
import { failure } from '../user-errors';
import { registerMessageHandlers } from '../message-handlers';
import { FakeClockMe, KEY_A, PROJECTS } from './fake-clockme';

type Handler = (message: { type: string; data: unknown; sender?: object }) => unknown;
const handlers = new Map<string, Handler>();
vi.mock('../../messaging', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  onMessage: (type: string, handler: Handler) => void handlers.set(type, handler),
}));

const OWN = 'chrome-extension://test-extension-id';
const popup = { id: 'test-extension-id', url: `${OWN}/popup.html`, origin: OWN };
const optionsTab = { id: 'test-extension-id', url: `${OWN}/options.html#key`, origin: OWN, tab: { id: 4 } };

/** Delivers a message the way the messaging library hands it to the service worker. */
async function deliver(type: string, data: unknown, sender: object | undefined) {
  return await handlers.get(type)?.({ type, data, sender });
}

let clockMe: FakeClockMe;

beforeEach(async () => {
  fakeBrowser.reset();
  handlers.clear();
  clockMe = new FakeClockMe();
  registerMessageHandlers(createBackgroundActions(clockMe));
  await apiKeyItem.setValue(KEY_A);
});

describe('isFromOwnPage', () => {
  it.each<[string, object | undefined, boolean]>([
    ['the popup', popup, true],
    ['the options page in a tab', optionsTab, true],
    ['an extension page without sender.origin (older Chrome)', { id: popup.id, url: popup.url }, true],
    ['another extension', { id: 'abcdefghijklmnopabcdefghijklmnop', url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/x.html' }, false],
    ['a content script of ours on a web page', { id: popup.id, url: 'https://evil.example/', origin: 'https://evil.example', tab: { id: 1 } }, false],
    ['our id with a web origin', { id: popup.id, url: popup.url, origin: 'https://evil.example' }, false],
    ['our id with no URL', { id: popup.id }, false],
    ['a URL that is not one', { id: popup.id, url: 'not a url' }, false],
    ['no sender', undefined, false],
  ])('%s → %s', (_name, sender, expected) => {
    expect(isFromOwnPage(sender as Parameters<typeof isFromOwnPage>[0])).toBe(expected);
  });
});

describe('messages the service worker drops', () => {
  const start = { projectId: PROJECTS[0]!.id, description: 'Landing page' };

  it.each([
    ['another extension', { id: 'abcdefghijklmnopabcdefghijklmnop', url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/x.html' }],
    ['a web page', { url: 'https://evil.example/', origin: 'https://evil.example' }],
    ['an unknown sender', undefined],
  ])('a start from %s gets no answer, sends nothing to ClockMe and stores nothing', async (_name, sender) => {
    expect(await deliver('startTimer', start, sender)).toBeUndefined();
    expect(await deliver('saveKey', 'ck_live_SOMEONEelsesKEY12345678', sender)).toBeUndefined();
    expect(await deliver('removeKey', undefined, sender)).toBeUndefined();
    expect(clockMe.calls).toEqual([]);
    expect(await apiKeyItem.getValue()).toBe(KEY_A);
    expect(await outboxItem.getValue()).toMatchObject({ ops: [] });
    expect(await timerItem.getValue()).toBeNull();
  });

  it.each([
    ['startTimer', { projectId: 7, description: '' }],
    ['startTimer', { projectId: '', description: '' }],
    ['startTimer', { projectId: 'prj', description: 'x'.repeat(2001) }],
    ['startTimer', 'prj_website'],
    ['switchTimer', null],
    ['logTime', { projectId: 'prj', description: '', startedAt: '2026-11-29T10:00:00Z', endedAt: 1 }],
    ['logTime', { projectId: 'prj', description: '', startedAt: 1.5, endedAt: 2 }],
    ['createProject', ''],
    ['createProject', { name: 'Website' }],
    ['resolveIdle', 'delete-everything'],
    ['saveKey', 42],
    ['saveKey', 'x'.repeat(5000)],
    ['refreshTimer', { maxAgeMs: 'soon' }],
    ['stopTimer', { everything: true }],
  ])('%s with data of the wrong shape (#%#) from our own page is dropped without a side effect', async (type, data) => {
    expect(await deliver(type, data, popup)).toBeUndefined();
    expect(clockMe.calls).toEqual([]);
    expect(await apiKeyItem.getValue()).toBe(KEY_A);
    expect(await outboxItem.getValue()).toMatchObject({ ops: [] });
  });

  it('answers the same messages from our own pages (the guard lets them through)', async () => {
    expect(await deliver('startTimer', start, popup)).toMatchObject({ ok: true });
    expect(await deliver('stopTimer', undefined, optionsTab)).toMatchObject({ ok: true });
    expect(clockMe.calls.map((call) => call.split(' ')[0])).toEqual(expect.arrayContaining(['startTimer', 'stopTimer']));
  });
});

describe('error sentences in replies', () => {
  it('never carry a key, even when an error sentence would', async () => {
    registerRedactionProbe();
    const reply = (await deliver('createProject', 'Website', popup)) as { ok: false; error: { message: string } };
    expect(reply.ok).toBe(false);
    expect(reply.error.message).toBe('ClockMe refused ck_live_… for this.');
    expect(JSON.stringify(reply)).not.toContain(KEY_A.slice(8));
  });
});

/** Replaces the createProject handler's action with one whose error sentence quotes the key. */
function registerRedactionProbe() {
  handlers.clear();
  const actions = createBackgroundActions(clockMe);
  registerMessageHandlers({ ...actions, createProject: async () => ({ ok: false, error: { code: 'rejected', message: `ClockMe refused ${KEY_A} for this.` } }) });
}

describe('ClockMe’s own words', () => {
  const LEAKY = `Key ${KEY_A} is not allowed here`;

  it.each([
    [409, 'timer_already_running'],
    [404, 'project_not_found'],
    [422, 'invalid_request'],
  ])('in a %i answer are masked before a page shows them', async (status, code) => {
    const reply = failure(new ApiError(status, code, LEAKY, { error: code }), 'outbox');
    expect(reply.error.message).toContain('ck_live_…');
    expect(reply.error.message).not.toContain(KEY_A.slice(8, 20));
  });

  it('in an unexpected error that reaches a page are masked too', async () => {
    handlers.clear();
    const actions = createBackgroundActions(clockMe);
    registerMessageHandlers({ ...actions, stopTimer: async () => Promise.reject(new TypeError(`bad ${KEY_A}`)) });
    const rejection = (await Promise.resolve(deliver('stopTimer', undefined, popup)).catch((error: unknown) => error)) as Error;
    expect(rejection).toBeInstanceOf(Error);
    expect(rejection.name).toBe('TypeError');
    expect(rejection.message).toBe('bad ck_live_…');
  });
});
