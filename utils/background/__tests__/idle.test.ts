import { fakeBrowser } from 'wxt/testing';
import type { Timer } from '../../clockme/schemas';
import { DEFAULT_SETTINGS, idlePromptItem, idleSinceItem, outboxItem, settingsItem, timerItem, type IdlePrompt } from '../../storage';
import { createBackgroundActions, type BackgroundActions } from '../actions';
import { idleSinceAfter, registerIdleDetection } from '../idle';
import { idleAnswerOps } from '../idle-answer';
import { IDLE_NOTIFICATION_ID, IDLE_RESULT_NOTIFICATION_ID, idleNotice } from '../idle-notice';
import { storeVerifiedKey } from '../key-store';
import { FakeClockMe, KEY_A } from './fake-clockme';
import { installFakeIdle, type FakeIdle } from './fake-idle';

const MIN = 60_000;
const START = Date.UTC(2026, 10, 29, 10, 0, 0);
/** The threshold these tests use (minutes). */
const THRESHOLD = 5;
const iso = (ms: number) => new Date(ms).toISOString();

describe('idleSinceAfter', () => {
  it('dates idleness from the last input: the threshold before "idle", the moment of "locked", unless already idle', () => {
    expect(idleSinceAfter('idle', null, START, 5 * MIN)).toBe(START - 5 * MIN);
    expect(idleSinceAfter('locked', null, START, 5 * MIN)).toBe(START);
    expect(idleSinceAfter('locked', START - 7 * MIN, START, 5 * MIN)).toBe(START - 7 * MIN);
    expect(idleSinceAfter('idle', START - 9 * MIN, START, 5 * MIN)).toBe(START - 9 * MIN);
    expect(idleSinceAfter('active', START - 9 * MIN, START, 5 * MIN)).toBeNull();
  });
});

describe('idleNotice', () => {
  it('says how long the person was away, what kept running and when, with the two answers Chrome has room for', () => {
    const prompt: IdlePrompt = { idleStartedAt: Date.UTC(2026, 10, 29, 10, 2, 40), returnedAt: Date.UTC(2026, 10, 29, 10, 44, 5), timerId: 't', projectId: 'p', description: 'Fix login' };
    expect(idleNotice(prompt, { projectName: 'Website', description: 'Fix login' }, 'UTC')).toEqual({
      title: 'You were away 42 min',
      message: 'Website — Fix login kept running from 10:02 AM to 10:44 AM. Keep that time in the ClockMe popup, or choose below.',
      buttons: [{ title: 'Discard idle time' }, { title: 'Stop at idle start' }],
    });
    expect(idleNotice({ ...prompt, returnedAt: prompt.idleStartedAt + 95 * MIN }, { projectName: 'Website', description: null }, 'UTC').title).toBe('You were away 1 hr, 35 min');
  });
});

describe('idleAnswerOps', () => {
  it('times the stop on ClockMe’s clock, like every click: the idle start plus the skew', () => {
    const prompt: IdlePrompt = { idleStartedAt: START, returnedAt: START + 30 * MIN, timerId: 'tmr_1', projectId: 'prj_website', description: ' Fix login ' };
    const timer = { id: 'tmr_1', projectId: 'prj_website', projectName: 'Website', description: 'Fix login', startedAt: iso(START - MIN), pending: false };
    // ClockMe's clock is 90 s ahead of this computer's.
    expect(idleAnswerOps('discard', prompt, timer, START + 31 * MIN + 90_000, 90_000)).toEqual([
      { kind: 'stop', at: START + 90_000, timerId: 'tmr_1' },
      { kind: 'start', at: START + 31 * MIN + 90_000, projectId: 'prj_website', projectName: 'Website', description: 'Fix login' },
    ]);
    expect(idleAnswerOps('stop', prompt, { ...timer, id: 'pending-op1', pending: true }, START + 31 * MIN)).toEqual([{ kind: 'stop', at: START, timerId: null }]);
  });
});

describe('idle detection in the service worker', () => {
  let clockMe: FakeClockMe;
  let idle: FakeIdle;
  let actions: BackgroundActions;
  let timer: Timer;

  /** Moves the clock to `at` and has Chrome report `state`. */
  async function at(ms: number, state: 'idle' | 'locked' | 'active'): Promise<void> {
    vi.setSystemTime(ms);
    await idle.become(state);
  }

  /** The person was away from START + 10 min (idle reported 5 min later) and is back at START + 52 min. */
  async function awayAndBack(): Promise<IdlePrompt> {
    await at(START + 15 * MIN, 'idle');
    await at(START + 52 * MIN, 'active');
    const prompt = await idlePromptItem.getValue();
    if (!prompt) throw new Error('no idle question was asked');
    return prompt;
  }

  beforeEach(async () => {
    fakeBrowser.reset();
    idle = installFakeIdle();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(START);
    clockMe = new FakeClockMe();
    actions = createBackgroundActions(clockMe);
    await storeVerifiedKey(KEY_A, { timer: null, othersRunning: 0, syncedAt: START }, START);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, idleDetection: true, idleThresholdMinutes: THRESHOLD });
    registerIdleDetection((choice) => actions.resolveIdle(choice));
    const started = await actions.startTimer({ projectId: 'prj_website', description: 'Fix login' });
    if (!started.ok || !started.snapshot.timer) throw new Error('the timer did not start');
    timer = started.snapshot.timer;
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('sets Chrome’s detection interval to the threshold, again when it changes, and to Chrome’s default when turned off', async () => {
    await vi.waitFor(() => expect(idle.detectionIntervals.at(-1)).toBe(THRESHOLD * 60));
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, idleDetection: true, idleThresholdMinutes: 12 });
    await vi.waitFor(() => expect(idle.detectionIntervals.at(-1)).toBe(12 * 60));
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, idleDetection: false, idleThresholdMinutes: 12 });
    await vi.waitFor(() => expect(idle.detectionIntervals.at(-1)).toBe(60));
  });

  it('asks when the person comes back after the threshold with the timer still running: the question and a notification', async () => {
    await at(START + 15 * MIN, 'idle');
    expect(await idleSinceItem.getValue()).toBe(START + 10 * MIN);

    await at(START + 52 * MIN, 'active');

    expect(await idlePromptItem.getValue()).toEqual({
      idleStartedAt: START + 10 * MIN,
      returnedAt: START + 52 * MIN,
      timerId: timer.id,
      projectId: 'prj_website',
      description: 'Fix login',
      timerStartedAt: START,
    });
    expect(await idleSinceItem.getValue()).toBeNull();
    const notifications = await fakeBrowser.notifications.getAll();
    expect(notifications[IDLE_NOTIFICATION_ID]).toMatchObject({
      title: 'You were away 42 min',
      message: expect.stringContaining('Website — Fix login kept running'),
      buttons: [{ title: 'Discard idle time' }, { title: 'Stop at idle start' }],
      requireInteraction: true,
    });
  });

  it('a lock counts from the moment it locked; idle then locked keeps the earlier start', async () => {
    await at(START + 20 * MIN, 'locked');
    await at(START + 23 * MIN, 'active');
    expect(await idlePromptItem.getValue(), 'away 3 min, under the threshold').toBeNull();

    await at(START + 30 * MIN, 'idle');
    await at(START + 31 * MIN, 'locked');
    await at(START + 40 * MIN, 'active');
    expect(await idlePromptItem.getValue()).toMatchObject({ idleStartedAt: START + 25 * MIN, returnedAt: START + 40 * MIN });
  });

  it('does not ask without a timer, about a timer started while the person was away, or with idle detection off', async () => {
    expect(await actions.stopTimer()).toMatchObject({ ok: true });
    await awayAndBack().catch(() => null);
    expect(await idlePromptItem.getValue()).toBeNull();

    // Started in another app while the person was away.
    clockMe.running = { ...timer, id: 'tmr_elsewhere', startedAt: iso(START + 72 * MIN) };
    await timerItem.setValue({ timer: clockMe.running, othersRunning: 0, syncedAt: START + 73 * MIN });
    await at(START + 75 * MIN, 'idle'); // idle since START + 70 min
    await at(START + 90 * MIN, 'active');
    expect(await idlePromptItem.getValue()).toBeNull();

    await settingsItem.setValue({ ...DEFAULT_SETTINGS, idleDetection: false });
    await at(START + 200 * MIN, 'idle');
    expect(await idleSinceItem.getValue()).toBeNull();
    await at(START + 300 * MIN, 'active');
    expect(await idlePromptItem.getValue()).toBeNull();
  });

  it('Keep closes the question and its notification, and sends nothing', async () => {
    await awayAndBack();
    const sent = clockMe.calls.length;

    expect(await actions.resolveIdle('keep')).toEqual({ ok: true });

    expect(await idlePromptItem.getValue()).toBeNull();
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect(clockMe.calls).toHaveLength(sent);
    expect(clockMe.running?.id).toBe(timer.id);
  });

  it('Stop at idle start: one stop through the outbox at the idle start for that timer; the entry is then corrected to end there', async () => {
    const prompt = await awayAndBack();
    const check = clockMe.hold('getCurrentTimer'); // the stop is older than 5 s, so the outbox checks ClockMe first
    vi.setSystemTime(START + 53 * MIN);

    const answer = actions.resolveIdle('stop');
    await check.reached;
    expect((await outboxItem.getValue()).ops).toEqual([expect.objectContaining({ kind: 'stop', at: prompt.idleStartedAt, timerId: timer.id })]);
    check.release();

    expect(await answer).toEqual({ ok: true });
    await vi.waitFor(async () => expect((await outboxItem.getValue()).ops).toEqual([]));
    expect(clockMe.calls.slice(-3)).toEqual([`getCurrentTimer ${KEY_A}`, `stopTimer ${KEY_A}`, `editEntry ${KEY_A}`]);
    expect([...clockMe.entries.values()]).toEqual([expect.objectContaining({ id: timer.id, startedAt: iso(START), endedAt: iso(START + 10 * MIN) })]);
    expect(clockMe.running).toBeNull();
    expect(await idlePromptItem.getValue()).toBeNull();
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('Discard idle time: the stop at idle start, then a start now on the same project and description, in one write and in that order', async () => {
    const prompt = await awayAndBack();
    const check = clockMe.hold('getCurrentTimer');
    vi.setSystemTime(START + 53 * MIN);

    const answer = actions.resolveIdle('discard');
    await check.reached;
    expect((await outboxItem.getValue()).ops).toEqual([
      expect.objectContaining({ kind: 'stop', at: prompt.idleStartedAt, timerId: timer.id }),
      expect.objectContaining({ kind: 'start', at: START + 53 * MIN, projectId: 'prj_website', description: 'Fix login' }),
    ]);
    check.release();

    expect(await answer).toEqual({ ok: true });
    await vi.waitFor(async () => expect((await outboxItem.getValue()).ops).toEqual([]));
    expect(clockMe.calls.slice(-4)).toEqual([`getCurrentTimer ${KEY_A}`, `stopTimer ${KEY_A}`, `editEntry ${KEY_A}`, `startTimer ${KEY_A}`]);
    expect(clockMe.entries.get(timer.id)).toMatchObject({ endedAt: iso(START + 10 * MIN) });
    expect(clockMe.running).toMatchObject({ projectId: 'prj_website', description: 'Fix login', startedAt: iso(START + 53 * MIN) });
    expect((await timerItem.getValue())?.timer).toEqual(clockMe.running);
  });

  it.each<[string, () => Promise<void>]>([
    [
      'stopped elsewhere',
      async () => {
        clockMe.running = null;
        await timerItem.setValue({ timer: null, othersRunning: 0, syncedAt: START + 52 * MIN });
      },
    ],
    [
      'replaced by another timer',
      async () => {
        clockMe.running = { ...timer, id: 'tmr_other', startedAt: iso(START + 52 * MIN) };
        await timerItem.setValue({ timer: clockMe.running, othersRunning: 0, syncedAt: START + 52 * MIN });
      },
    ],
  ])('a timer %s meanwhile: nothing is sent, and the person is told in plain words', async (_, change) => {
    await awayAndBack();
    await change();
    const sent = clockMe.calls.length;

    expect(await actions.resolveIdle('discard')).toEqual({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/^Nothing was changed: your timer was stopped or changed after you came back/) } });

    expect(clockMe.calls).toHaveLength(sent);
    expect((await outboxItem.getValue()).ops).toEqual([]);
    expect(await idlePromptItem.getValue()).toBeNull();
  });

  it('a timer still waiting in the outbox is stopped as the start before it, so both become one entry ending at the idle start', async () => {
    expect(await actions.stopTimer()).toMatchObject({ ok: true });
    clockMe.reachable = false;
    vi.setSystemTime(START + 1 * MIN);
    await actions.startTimer({ projectId: 'prj_app', description: 'Offline work' });
    const prompt = await awayAndBack();
    expect(prompt.timerId).toMatch(/^pending-/);

    expect(await actions.resolveIdle('stop')).toEqual({ ok: true, queued: true });
    // ClockMe answers again: what waits goes at once.
    clockMe.reachable = true;
    await actions.refreshTimer();
    await vi.waitFor(async () => expect((await outboxItem.getValue()).ops).toEqual([]));

    expect([...clockMe.entries.values()].at(-1)).toMatchObject({ projectId: 'prj_app', description: 'Offline work', startedAt: iso(START + 1 * MIN), endedAt: iso(START + 10 * MIN) });
    expect(clockMe.running).toBeNull();
  });

  it('the notification’s buttons answer through the same path; an answer that changed nothing says why in a notification', async () => {
    await awayAndBack();
    await fakeBrowser.notifications.onButtonClicked.trigger(IDLE_NOTIFICATION_ID, 1);
    await vi.waitFor(async () => expect((await outboxItem.getValue()).ops).toEqual([]));
    expect(clockMe.entries.get(timer.id)).toMatchObject({ endedAt: iso(START + 10 * MIN) });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});

    // A second question, answered after the timer was stopped elsewhere.
    await actions.startTimer({ projectId: 'prj_website', description: '' });
    await at(START + 120 * MIN, 'idle');
    await at(START + 150 * MIN, 'active');
    clockMe.running = null;
    await timerItem.setValue({ timer: null, othersRunning: 0, syncedAt: START + 150 * MIN });
    await fakeBrowser.notifications.onButtonClicked.trigger(IDLE_NOTIFICATION_ID, 0);
    expect((await fakeBrowser.notifications.getAll())[IDLE_RESULT_NOTIFICATION_ID]).toMatchObject({ message: expect.stringMatching(/^Nothing was changed/) });
  });

  it('a click on the notification opens the popup where Chrome allows it; otherwise the notification and the question stay', async () => {
    await awayAndBack();
    const openPopup = vi.fn((): Promise<void> => Promise.reject(new Error('no active browser window')));
    Object.assign(fakeBrowser.action, { openPopup });

    await fakeBrowser.notifications.onClicked.trigger(IDLE_NOTIFICATION_ID);
    expect(openPopup).toHaveBeenCalledOnce();
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([IDLE_NOTIFICATION_ID]);

    openPopup.mockImplementation(() => Promise.resolve());
    await fakeBrowser.notifications.onClicked.trigger(IDLE_NOTIFICATION_ID);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect(await idlePromptItem.getValue(), 'the popup asks').not.toBeNull();
  });
});
