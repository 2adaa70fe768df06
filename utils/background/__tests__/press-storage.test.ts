import { fakeBrowser } from 'wxt/testing';
import { maskApiKey } from '../../api-key/mask';
import type { ClockMeClient } from '../../clockme/client';
import { DEFAULT_SETTINGS, apiKeyItem, outboxItem, projectsItem, requestBudgetItem, timerItem, type ConnectedKey } from '../../storage';
import { createBackgroundActions } from '../actions';
import { budgetedClient } from '../budgeted-client';
import { STOP_TIMER_COMMAND, TOGGLE_TIMER_COMMAND } from '../commands';
import { clearKeyIfCurrent, NoKeyError, requireKey, storeVerifiedKey } from '../key-store';
import { forgetStorageCopies, readItem } from '../mirror';
import { BudgetExceededError, holdRequests } from '../request-budget';
import { createShortcutHandler } from '../shortcuts';
import { FakeClockMe, KEY_A, KEY_B, PROJECTS } from './fake-clockme';
import { watchStorageCalls } from './storage-calls';

// A shortcut press against the service worker's copy of storage (`mirror.ts`): what it reads,
// when it writes, and that storage stays the truth for the key, the budget and the press itself.

const NOW = Date.UTC(2026, 10, 29, 10, 0, 0);
const connectedB: ConnectedKey = { state: 'connected', maskedKey: maskApiKey(KEY_B), savedAt: NOW, scope: null, account: null };

let clock: number;
let clockMe: FakeClockMe;

function shortcutHandler(client: ClockMeClient) {
  const actions = createBackgroundActions(budgetedClient(client, () => clock), { now: () => clock });
  const handle = createShortcutHandler({ actions, now: () => clock, openOptions: async () => undefined, notify: async () => undefined, showPending: async () => undefined, refreshBadge: async () => undefined });
  // A person presses again after the badge changed: later than the double-press window.
  return { actions, press: (command = TOGGLE_TIMER_COMMAND) => handle(command).finally(() => (clock += 1_000)) };
}

/** Counts this context's storage calls, and notes how many had been made when `method` was called (the request left). */
function watchUntilRequest(method: 'startTimer' | 'stopTimer') {
  const calls = Object.assign(watchStorageCalls(), { atRequest: null as { reads: number; writes: number } | null });
  const original = clockMe[method].bind(clockMe) as (...args: unknown[]) => Promise<never>;
  (clockMe as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
    calls.atRequest = { reads: calls.gets.length, writes: calls.sets.length };
    return original(...args);
  };
  return calls;
}

beforeEach(async () => {
  fakeBrowser.reset();
  clock = NOW;
  clockMe = new FakeClockMe(() => clock);
  await storeVerifiedKey(KEY_A, { timer: null, othersRunning: 0, syncedAt: NOW }, NOW, { scope: { scope: 'write', source: 'verified' }, account: null });
  await projectsItem.setValue({ projects: PROJECTS, syncedAt: NOW });
});

describe('a shortcut press and storage', () => {
  it('warm: reads nothing from storage on its way, and writes once, right after its request: the press marked sent and the request counted', async () => {
    const calls = watchUntilRequest('startTimer');
    const { press } = shortcutHandler(clockMe);
    await press(); // a start and a stop: the worker is warm
    await press();
    calls.reset();
    const request = clockMe.hold('startTimer');

    const pressed = press();
    await request.reached;

    expect(calls.atRequest).toEqual({ reads: 0, writes: 0 });
    expect(calls.sets).toHaveLength(1);
    const written = calls.sets[0] as { outbox: { ops: unknown[] }; requestBudget: { sent: number[] } };
    expect(written.outbox.ops).toEqual([expect.objectContaining({ kind: 'start', sent: true, stopIfRunning: true, projectId: PROJECTS[0]!.id })]);
    expect(written.requestBudget.sent.at(-1)).toBe(clock);
    request.release();
    await pressed;
    expect(clockMe.running).toMatchObject({ projectId: PROJECTS[0]!.id });
    expect(calls.gets).toEqual([]);
  });

  it('killed right after a press: the next worker finds it in storage, marked sent, and checks ClockMe instead of starting again', async () => {
    // The request reaches ClockMe, but its answer never comes back: Chrome stopped the worker.
    const dying: ClockMeClient = Object.assign(Object.create(clockMe) as FakeClockMe, {
      startTimer: (...args: Parameters<FakeClockMe['startTimer']>) => {
        void clockMe.startTimer(...args);
        return new Promise<never>(() => undefined);
      },
    });
    void shortcutHandler(dying).press();
    await vi.waitFor(() => expect(clockMe.running).not.toBeNull());

    forgetStorageCopies(); // the new worker has only storage
    const { actions } = shortcutHandler(clockMe);
    await actions.drainOutbox();

    expect(clockMe.calls.filter((call) => call.startsWith('startTimer'))).toHaveLength(1);
    expect(clockMe.calls.at(-1)).toBe(`getCurrentTimer ${KEY_A}`);
    expect((await outboxItem.getValue()).ops).toEqual([]);
    expect((await timerItem.getValue())?.timer).toEqual(clockMe.running);
  });

  it('a cleared key is gone from memory at once, before storage has the write: the next press never sends it', async () => {
    const { press } = shortcutHandler(clockMe);
    await press(); // a start and a stop: the worker is warm
    await press();
    const sent = clockMe.calls.length;
    const calls = watchStorageCalls();
    calls.holdWrites();

    const clearing = clearKeyIfCurrent(KEY_A, NOW);
    await vi.waitFor(() => expect(requireKey()).rejects.toBeInstanceOf(NoKeyError));
    expect(await calls.stored('apiKey')).toBe(KEY_A); // storage has not caught up yet
    await press();

    expect(clockMe.calls).toHaveLength(sent);
    calls.release();
    calls.release();
    expect(await clearing).toBe(true);
    expect(await apiKeyItem.getValue()).toBeNull();
  });

  it('takes a key another context stored, and the default project chosen in the options page, on the next press', async () => {
    const { press } = shortcutHandler(clockMe);
    await press();
    await press();
    const calls = watchStorageCalls();

    await calls.external({ apiKey: KEY_B, connection: connectedB, settings: { ...DEFAULT_SETTINGS, defaultProjectId: PROJECTS[1]!.id } });
    await press();

    expect(clockMe.calls.at(-1)).toBe(`startTimer ${KEY_B}`);
    expect(clockMe.running).toMatchObject({ projectId: PROJECTS[1]!.id });
  });

  it('stops with the stop shortcut from what memory shows, and writes the stop once, right after its request', async () => {
    const calls = watchUntilRequest('stopTimer');
    const { press } = shortcutHandler(clockMe);
    await press();
    calls.reset();

    await press(STOP_TIMER_COMMAND);

    expect(clockMe.running).toBeNull();
    expect(calls.atRequest).toEqual({ reads: 0, writes: 0 });
    expect(calls.sets[0]).toMatchObject({ outbox: { ops: [expect.objectContaining({ kind: 'stop', sent: true })] } });
  });
});

describe('the request budget in memory', () => {
  it.each([
    ['read from storage first', false],
    ['already in memory', true],
  ])('lets only one of two requests take the last slot of the minute (%s)', async (_, warm) => {
    await requestBudgetItem.setValue({ maskedKey: maskApiKey(KEY_A), sent: Array.from({ length: 19 }, (__, i) => NOW - 1_000 * (i + 1)), holdUntil: 0 });
    if (warm) await readItem(requestBudgetItem);
    const client = budgetedClient(clockMe, () => clock);

    const results = await Promise.allSettled([client.getCurrentTimer(KEY_A), client.getCurrentTimer(KEY_A)]);

    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected']);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(BudgetExceededError);
    expect(clockMe.calls).toEqual([`getCurrentTimer ${KEY_A}`]);
    expect((await requestBudgetItem.getValue()).sent).toHaveLength(20);
  });

  it('keeps a slot taken while a 429 hold is being written', async () => {
    const client = budgetedClient(clockMe, () => clock);
    await client.getCurrentTimer(KEY_A);
    clockMe.hold('getCurrentTimer');

    const hold = holdRequests(NOW + 5_000);
    void client.getCurrentTimer(KEY_A);
    await hold;

    expect(await requestBudgetItem.getValue()).toMatchObject({ sent: [NOW, NOW], holdUntil: NOW + 5_000 });
  });

  it('survives the service worker: a new one reads what was spent from storage', async () => {
    await budgetedClient(clockMe, () => clock).getCurrentTimer(KEY_A);
    forgetStorageCopies();
    await requestBudgetItem.setValue({ ...(await requestBudgetItem.getValue()), holdUntil: NOW + 60_000 });

    await expect(budgetedClient(clockMe, () => clock).getCurrentTimer(KEY_A)).rejects.toBeInstanceOf(BudgetExceededError);
  });
});
